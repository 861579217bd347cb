package fr.parcours.collective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The coordinators' regional view: one row per collective, with the totals; {@code regionCode} null means all. */
public record RegionalView(String regionCode, List<CollectiveFigures> rows, LocalDate today) {

    public boolean late(CollectiveFigures row) {
        return row.lateOn(today);
    }

    public long lateCount() {
        return rows.stream().filter(this::late).count();
    }

    public long participating() {
        return sum(CollectiveFigures::participating);
    }

    public long droppedOut() {
        return sum(CollectiveFigures::droppedOut);
    }

    public long sessionsHeld() {
        return sum(CollectiveFigures::sessionsHeld);
    }

    public long deliverablesDone() {
        return sum(CollectiveFigures::deliverablesDone);
    }

    public long aidedContractsAtStake() {
        return sum(CollectiveFigures::aidedContractsAtStake);
    }

    public long aidedContractsMadePermanent() {
        return sum(CollectiveFigures::aidedContractsMadePermanent);
    }

    public BigDecimal fundingSought() {
        return sum(CollectiveFigures::fundingSought);
    }

    public BigDecimal fundingObtained() {
        return sum(CollectiveFigures::fundingObtained);
    }

    private long sum(ToLongFunction<CollectiveFigures> value) {
        return rows.stream().mapToLong(value).sum();
    }

    private BigDecimal sum(Function<CollectiveFigures, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
