package fr.parcours.reporting.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to one individual accompaniment, day by day: null dates are steps it never reached. A referred case
 * stops at its decision; the others may go on to the diagnostic, the plan, the comité d'appui's opinion, missions,
 * follow-ups and the closure.
 */
public record CaseRecord(long organisationId, String departmentCode, LocalDate requestedOn, LocalDate decidedOn,
                         boolean referred, LocalDate diagnosticOn, LocalDate planOn, LocalDate committeeOn,
                         List<Mission> missions, List<FollowUp> followUps, LocalDate closedOn) {

    public CaseRecord {
        missions = List.copyOf(missions);
        followUps = List.copyOf(followUps);
    }

    /** An ingénierie individuelle: launch meeting, the structure's satisfaction (1–5 each, optional), assessment. */
    public record Mission(LocalDate launchedOn, LocalDate satisfiedOn, int quality, int listening, int usefulness,
                          LocalDate assessedOn) {
    }

    public record FollowUp(LocalDate heldOn, int jobsConsolidated, int aidedContractsMadePermanent,
                           BigDecimal fundingObtained) {
    }

    /** The phase the case stands in after its last recorded step. */
    String phase() {
        if (referred) {
            return "REFERRED";
        }
        if (closedOn != null) {
            return "CLOSED";
        }
        if (!followUps.isEmpty() || (!missions.isEmpty() && missions.stream().allMatch(m -> m.assessedOn() != null))) {
            return "FOLLOW_UP";
        }
        if (committeeOn != null) {
            return "ENGINEERING";
        }
        if (planOn != null) {
            return "SUPPORT_COMMITTEE";
        }
        if (diagnosticOn != null) {
            return "PLAN";
        }
        return decidedOn != null ? "DIAGNOSTIC" : "INTAKE";
    }
}
