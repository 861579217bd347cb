package fr.parcours.dla.engineering.web;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.CaseFileSection;
import fr.parcours.dla.engineering.SelectionSummaries;
import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.Groups;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The "Ingénieries" section of the case file: per mission the specifications, proposals, scores and choice. */
@Component
class SelectionCaseFileSection implements CaseFileSection {

    private final SelectionSummaries summaries;

    SelectionCaseFileSection(SelectionSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String fragment() {
        return "dla/engineering/section :: section";
    }

    @Override
    public Map<String, Object> model(Accompaniment accompaniment, CurrentUser viewer) {
        // Competing proposals and scores are for the DLA and auditors only, never for a consultant.
        boolean mayReadProposals = viewer.isIn(Groups.DLA_OFFICERS) || viewer.isIn(Groups.ADMINS)
                || viewer.isIn(Groups.AUDITORS);
        return Map.of("missions", mayReadProposals ? summaries.of(accompaniment.getId()) : List.of());
    }
}
