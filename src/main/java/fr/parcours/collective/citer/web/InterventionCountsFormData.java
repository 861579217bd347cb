package fr.parcours.collective.citer.web;

import fr.parcours.collective.citer.Intervention;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A structure's counts of interventions by type, one row per type in the order of {@link Intervention}. */
public class InterventionCountsFormData {

    @Valid
    private List<Row> rows = new ArrayList<>();

    static InterventionCountsFormData from(Map<Intervention, Integer> counts) {
        InterventionCountsFormData form = new InterventionCountsFormData();
        Arrays.stream(Intervention.values()).forEach(type -> {
            Row row = new Row();
            row.setCount(counts.getOrDefault(type, 0));
            form.rows.add(row);
        });
        return form;
    }

    /** Whether the form has exactly one row per type, as the page shows it. */
    boolean complete() {
        return rows.size() == Intervention.values().length;
    }

    Map<Intervention, Integer> toCounts() {
        Map<Intervention, Integer> counts = new EnumMap<>(Intervention.class);
        for (int i = 0; i < rows.size(); i++) {
            counts.put(Intervention.values()[i], rows.get(i).getCount());
        }
        return counts;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }

    public static class Row {

        @NotNull
        @PositiveOrZero
        @Max(1_000_000)
        private Integer count;

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }
    }
}
