package fr.parcours.dla.mission.web;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.CaseFileSection;
import fr.parcours.dla.mission.MissionQueries;
import fr.parcours.identity.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The case file's view of each mission: launch meeting, milestones, days, end report, satisfaction, assessment. */
@Component
class MissionCaseFileSection implements CaseFileSection {

    private final MissionQueries queries;

    MissionCaseFileSection(MissionQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String fragment() {
        return "mission/section :: section";
    }

    @Override
    public Map<String, Object> model(Accompaniment accompaniment, CurrentUser viewer) {
        return Map.of("missions", queries.ofAccompaniment(accompaniment.getId()));
    }
}
