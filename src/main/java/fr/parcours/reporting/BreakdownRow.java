package fr.parcours.reporting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A category's count for each measure (zero when nothing happened). */
public record BreakdownRow(Category category, Map<Measure, Long> counts) {

    public BreakdownRow {
        EnumMap<Measure, Long> all = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            all.put(measure, counts.getOrDefault(measure, 0L));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public long count(Measure measure) {
        return counts.get(measure);
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(count -> count == 0);
    }
}
