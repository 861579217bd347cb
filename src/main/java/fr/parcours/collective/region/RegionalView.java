package fr.parcours.collective.region;

import fr.parcours.collective.CollectivePhase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** The coordinators' regional view: one row per collective, with the totals; {@code regionCode} null means all. */
public record RegionalView(String regionCode, List<CollectiveFigures> rows, LocalDate today) {

    public boolean late(CollectiveFigures row) {
        return row.lateOn(today);
    }

    /** Collectives per phase, on time and late, in the order of the phases; phases without any are left out. */
    public List<PhaseCount> byPhase() {
        Map<CollectivePhase, List<CollectiveFigures>> grouped = rows.stream().collect(Collectors.groupingBy(
                CollectiveFigures::phase, () -> new EnumMap<>(CollectivePhase.class), Collectors.toList()));
        return grouped.entrySet().stream().map(entry -> {
            long late = entry.getValue().stream().filter(this::late).count();
            return new PhaseCount(entry.getKey(), entry.getValue().size() - late, late);
        }).toList();
    }

    /** How many collectives of a phase are on time and late. */
    public record PhaseCount(CollectivePhase phase, long onTime, long late) {
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
