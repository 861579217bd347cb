package fr.parcours.dla.diagnostic;

import java.io.Serializable;
import java.util.List;

/** The assessment of every theme of the diagnostic, as the officer submitted it. */
public record ThemeAssessmentSheet(List<Entry> entries, String assessedBy) implements Serializable {

    public ThemeAssessmentSheet {
        entries = List.copyOf(entries);
    }

    /** One theme's strengths, weaknesses and level (1 to 4). */
    public record Entry(Theme theme, String strengths, String weaknesses, int level) implements Serializable {
    }
}
