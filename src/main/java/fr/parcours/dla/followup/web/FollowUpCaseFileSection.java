package fr.parcours.dla.followup.web;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.CaseFileSection;
import fr.parcours.dla.followup.FollowUp;
import fr.parcours.dla.followup.FollowUpHistory;
import fr.parcours.dla.followup.FollowUpIndicators;
import fr.parcours.identity.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The follow-ups of a case with their indicators, the accompaniment they opened, and the closure. */
@Component
class FollowUpCaseFileSection implements CaseFileSection {

    private final FollowUpHistory history;
    private final FollowUpIndicators indicators;

    FollowUpCaseFileSection(FollowUpHistory history, FollowUpIndicators indicators) {
        this.history = history;
        this.indicators = indicators;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String fragment() {
        return "dla/follow-up/section :: section";
    }

    @Override
    public Map<String, Object> model(Accompaniment accompaniment, CurrentUser viewer) {
        List<FollowUp> followUps = history.followUpsOf(accompaniment.getId());
        Map<String, Object> model = new HashMap<>();
        model.put("followUps", followUps);
        model.put("totals", indicators.ofCase(accompaniment.getId()));
        model.put("newAccompaniments", history.newAccompanimentsOf(followUps));
        model.put("closure", history.closureOf(accompaniment.getId()).orElse(null));
        return model;
    }
}
