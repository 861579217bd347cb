package fr.parcours.reporting;

import java.util.List;

/** The counts of one dimension, one row per category; every counted event falls in exactly one row. */
public record Breakdown(Dimension dimension, List<BreakdownRow> rows) {

    public Breakdown {
        rows = List.copyOf(rows);
    }

    public long total(Measure measure) {
        return rows.stream().mapToLong(row -> row.count(measure)).sum();
    }
}
