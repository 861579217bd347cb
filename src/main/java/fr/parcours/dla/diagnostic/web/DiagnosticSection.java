package fr.parcours.dla.diagnostic.web;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.CaseFileSection;
import fr.parcours.dla.diagnostic.DiagnosticService;
import fr.parcours.identity.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The case file's diagnostic: interviews, theme levels and the leaders' validation. */
@Component
class DiagnosticSection implements CaseFileSection {

    private final DiagnosticService diagnostics;

    DiagnosticSection(DiagnosticService diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "dla/diagnostic/section :: section";
    }

    @Override
    public Map<String, Object> model(Accompaniment accompaniment, CurrentUser viewer) {
        return Map.of("diagnostic", diagnostics.summaryOf(accompaniment.getId()));
    }
}
