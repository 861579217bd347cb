package fr.parcours.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * An envelope with its missions of the year, as its budget page shows it; {@code departmentCodes} are those of its
 * DLA operator (none for a collective's).
 */
public record EnvelopeView(BudgetEnvelope envelope, String holderName, List<String> departmentCodes,
                           List<MissionLine> missions) {

    public BudgetFigures figures() {
        BigDecimal agreed = sum(missions.stream().map(MissionLine::agreed).toList());
        BigDecimal cofinanced = sum(missions.stream().map(MissionLine::cofinanced).toList());
        BigDecimal committed = sum(missions.stream().map(MissionLine::committed).toList());
        return new BudgetFigures(envelope.getId(), envelope.getOperator() == null ? null : envelope.getOperator().getId(),
                envelope.getCollectiveId(), holderName, envelope.getRegionCode(), departmentCodes,
                envelope.getBudgetYear(), envelope.getAmount(), missions.size(), agreed, cofinanced, committed,
                sum(missions.stream().map(MissionLine::invoiced).toList()),
                sum(missions.stream().map(MissionLine::paid).toList()), envelope.getAmount().subtract(committed));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
