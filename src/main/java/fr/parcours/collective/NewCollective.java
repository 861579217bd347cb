package fr.parcours.collective;

import java.time.LocalDate;

/** What a coordinator enters to open a collective accompaniment in their region. */
public record NewCollective(String title, String regionCode, int plannedMonths, LocalDate startDate) {
}
