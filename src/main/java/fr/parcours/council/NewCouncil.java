package fr.parcours.council;

import java.time.LocalDate;

/** What founds a council: its name, its place, its charter and the préfet's arrêté, its carrying structure. */
public record NewCouncil(String name, String city, String regionCode, String departmentCode, String neighbourhoods,
                         LocalDate charterDate, LocalDate prefectOrderDate, Long carrierOrganisationId) {
}
