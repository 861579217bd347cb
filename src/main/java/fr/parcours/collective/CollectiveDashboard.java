package fr.parcours.collective;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Where each structure of a collective stands: its current step, attendance, deliverables, overdue tasks and
 * headline indicators, with the totals; {@code collectiveTasks} are the open tasks outside the tracks.
 */
public record CollectiveDashboard(CollectiveAccompaniment collective, List<Row> rows, long sessionsHeld,
                                  List<Step> collectiveTasks, boolean late) {

    /** An open task: its name, due date (may be null) and whether it is past due. */
    public record Step(String name, Instant due, boolean overdue) {
    }

    /** One structure: its figures and the open task of its track, if any. */
    public record Row(StructureFigures figures, Step step) {

        public long overdue() {
            return step != null && step.overdue() ? 1 : 0;
        }
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

    private long count(ToLongFunction<Row> value) {
        return rows.stream().mapToLong(value).sum();
    }

    private long sumInt(ToIntFunction<Row> value) {
        return rows.stream().mapToLong(value::applyAsInt).sum();
    }

    private BigDecimal sum(Function<Row, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
