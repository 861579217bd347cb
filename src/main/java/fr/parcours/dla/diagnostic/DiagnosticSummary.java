package fr.parcours.dla.diagnostic;

import java.util.List;

/** The diagnostic of one accompaniment as the case file shows it; {@code validation} is null until done. */
public record DiagnosticSummary(List<Interview> interviews, List<ThemeAssessment> themes,
                                DiagnosticValidation validation) {

    public boolean isEmpty() {
        return interviews.isEmpty() && themes.isEmpty() && validation == null;
    }
}
