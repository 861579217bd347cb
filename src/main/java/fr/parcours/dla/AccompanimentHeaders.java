package fr.parcours.dla;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseHeader;
import fr.parcours.casework.CaseHeaders;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.UserScope;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The header of an individual accompaniment, for the readers of its history. */
@Component
public class AccompanimentHeaders implements CaseHeaders {

    private static final String HEADER = """
            select a.id, a.business_key, o.name, o.region_code, a.department_code, a.phase,
                   a.process_instance_id, a.created_at
            from accompaniment a join organisation o on o.id = a.organisation_id
            where a.id = ?""";

    private final JdbcTemplate jdbc;

    AccompanimentHeaders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
    public List<String> phases() {
        return Arrays.stream(Phase.values()).map(Phase::name).toList();
    }

    @Override
    public CaseHeader header(long caseId, UserScope scope) {
        return jdbc.query(HEADER, (rs, row) -> CaseHeader.ofRow(rs), caseId).stream()
                .filter(header -> header.visibleTo(scope))
                .findFirst()
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }
}
