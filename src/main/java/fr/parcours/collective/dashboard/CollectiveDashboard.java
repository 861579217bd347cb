package fr.parcours.collective.dashboard;

import fr.parcours.collective.CollectiveAccompaniment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Where each structure of a collective stands: its current step, attendance, deliverables, overdue tasks and
 * headline indicators, with the totals; {@code collectiveTasks} are the open tasks outside the tracks.
 * Structures that dropped out stay listed (what they did is history) but are left out of every total, so that the
 * totals describe the structures still accompanied.
 */
public record CollectiveDashboard(CollectiveAccompaniment collective, List<Row> rows, long sessionsHeld,
                                  List<Step> collectiveTasks, boolean late) {

    /** An open task: its name, due date (may be null) and whether it is past due. */
    public record Step(String name, Instant due, boolean overdue) {
    }

    /** One structure: its figures and the open tasks of its track, oldest first (none once the track ended). */
    public record Row(StructureFigures figures, List<Step> steps) {

        /** The structure's current step: the oldest open task of its track, or null. */
        public Step step() {
            return steps.isEmpty() ? null : steps.get(0);
        }

        public long overdue() {
            return steps.stream().filter(Step::overdue).count();
        }
    }

    /** Structures that dropped out: listed, outside the totals. */
    public long droppedOut() {
        return rows.stream().filter(row -> row.figures().droppedOut()).count();
    }

    public long actionPlans() {
        return count(row -> row.figures().actionPlan() ? 1 : 0);
    }

    public long evaluations() {
        return count(row -> row.figures().evaluation() ? 1 : 0);
    }

    public long fundingLeads() {
        return count(row -> row.figures().fundingLeads());
    }

    public long overdue() {
        return count(Row::overdue) + collectiveTasks.stream().filter(Step::overdue).count();
    }

    public long aidedContractsAtStake() {
        return sumInt(row -> row.figures().aidedContractsAtStake());
    }

    public long aidedContractsMadePermanent() {
        return sumInt(row -> row.figures().aidedContractsMadePermanent());
    }

    public BigDecimal fundingSought() {
        return sum(row -> row.figures().fundingSought());
    }

    public BigDecimal fundingObtained() {
        return sum(row -> row.figures().fundingObtained());
    }

    private Stream<Row> counted() {
        return rows.stream().filter(row -> !row.figures().droppedOut());
    }

    private long count(ToLongFunction<Row> value) {
        return counted().mapToLong(value).sum();
    }

    private long sumInt(ToIntFunction<Row> value) {
        return counted().mapToLong(value::applyAsInt).sum();
    }

    private BigDecimal sum(Function<Row, BigDecimal> value) {
        return counted().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
