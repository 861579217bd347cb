package fr.parcours.dla;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.SqlCaseHeaders;
import fr.parcours.dla.process.DlaIndividualProcess;
import java.util.Arrays;
import fr.parcours.identity.Groups;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The header of an individual accompaniment, for the readers of its history. */
@Component
public class AccompanimentHeaders extends SqlCaseHeaders {

    private static final String HEADER = """
            select a.id, a.business_key, o.name, o.region_code, a.department_code, a.phase,
                   a.process_instance_id, a.created_at
            from accompaniment a join organisation o on o.id = a.organisation_id
            where a.id = ?""";

    AccompanimentHeaders(JdbcTemplate jdbc) {
        super(jdbc, HEADER);
    }

    @Override
    public String path() {
        return "cases";
    }

    @Override
    public String processKey() {
        return DlaIndividualProcess.KEY;
    }

    @Override
    public String caseType() {
        return CaseEvent.ACCOMPANIMENT;
    }

    @Override
    public String phaseKeyPrefix() {
        return "phase.";
    }

    @Override
    public String organisationLabelKey() {
        return "audit.history.organisation";
    }

    @Override
    public Set<String> caseFileGroups() {
        return Set.of(Groups.DLA_OFFICERS);
    }

    @Override
    public List<String> phases() {
        return Arrays.stream(Phase.values()).map(Phase::name).toList();
    }
}
