package fr.parcours.dla.followup;

import fr.parcours.identity.DemoUsers;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Follow-up submissions for tests, as the Nice officer would record them today. */
public final class FollowUpReports {

    private FollowUpReports() {
    }

    public static FollowUpReport ordinary(int jobs, int aidedContracts, String funding) {
        return new FollowUpReport(LocalDate.now(), "Organisation clarifiée, rôles appropriés", jobs, aidedContracts,
                new BigDecimal(funding), "Réunions d'équipe mensuelles", null, false, false, DemoUsers.OFFICER_NICE);
    }

    public static FollowUpReport withNewNeeds(String needs, boolean closeNow) {
        return new FollowUpReport(LocalDate.now(), "Service de médiation restructuré", 1, 0, new BigDecimal("5000"),
                null, needs, true, closeNow, DemoUsers.OFFICER_NICE);
    }

    public static FollowUpReport closingNow() {
        return new FollowUpReport(LocalDate.now(), "Objectifs atteints", 0, 0, BigDecimal.ZERO, null, null, false, true,
                DemoUsers.OFFICER_NICE);
    }
}
