package fr.parcours.collective.deliverables;

import fr.parcours.collective.CollectiveScenario;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Deliverables for tests: a complete set (all five CITER registers) and funding leads. */
public final class DeliverablesExamples {

    public static Deliverables full(int atStake, int madePermanent, List<Deliverables.FundingLead> leads) {
        Map<CiterRegister, Deliverables.Evaluation> evaluation = new EnumMap<>(CiterRegister.class);
        for (CiterRegister register : CiterRegister.values()) {
            evaluation.put(register, new Deliverables.Evaluation("Réalisations " + register, "Résultats", "Impacts"));
        }
        return new Deliverables("Pérenniser deux postes d'adultes-relais", CollectiveScenario.MEETING.plusDays(30),
                atStake, madePermanent, leads, evaluation);
    }

    public static Deliverables.FundingLead lead(String funder, String sought, FundingStatus status, String obtained) {
        return new Deliverables.FundingLead(funder, new BigDecimal(sought), status,
                obtained == null ? null : new BigDecimal(obtained));
    }

    private DeliverablesExamples() {
    }
}
