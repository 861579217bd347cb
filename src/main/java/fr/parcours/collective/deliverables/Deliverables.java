package fr.parcours.collective.deliverables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one structure hands in: its action plan, its aided contracts at stake and made permanent, its funding
 * leads, and its evaluation process on the five CITER registers (blank registers are absent from the map).
 */
public record Deliverables(String actionPlan, LocalDate actionPlanDate, Integer aidedContractsAtStake,
                           Integer aidedContractsMadePermanent, List<FundingLead> fundingLeads,
                           Map<CiterRegister, Evaluation> evaluation) {

    public record FundingLead(String funder, BigDecimal amountSought, FundingStatus status, BigDecimal amountObtained) {
    }

    /**
     * One CITER register: réalisations (outputs), résultats (results), impacts, each in words and, when measured,
     * with a figure (e.g. 120 conflicts handled, 300 people reached); a figure is null when not given.
     */
    public record Evaluation(String outputs, String results, String impacts, Measure outputsMeasure,
                             Measure resultsMeasure, Measure impactsMeasure) {

        public Evaluation(String outputs, String results, String impacts) {
            this(outputs, results, impacts, null, null, null);
        }

        public boolean complete() {
            return outputs != null && results != null && impacts != null;
        }
    }

    /** A measured value and its unit (conflicts handled, people reached, hours of presence…). */
    public record Measure(BigDecimal value, String unit) {
    }

    /** All three deliverables are there: the track may then be declared delivered. */
    public boolean handedIn() {
        return actionPlan != null && !fundingLeads.isEmpty() && evaluationComplete();
    }

    /** The evaluation process is there when every register has its outputs, results and impacts. */
    public boolean evaluationComplete() {
        return evaluation.size() == CiterRegister.values().length
                && evaluation.values().stream().allMatch(Evaluation::complete);
    }
}
