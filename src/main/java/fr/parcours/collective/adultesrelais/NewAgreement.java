package fr.parcours.collective.adultesrelais;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An agreement to record: the structure, the post's QPV and job title, its dates and the State aid. */
public record NewAgreement(long organisationId, String qpv, String jobTitle, LocalDate startDate, LocalDate endDate,
                           BigDecimal stateAid) {
}
