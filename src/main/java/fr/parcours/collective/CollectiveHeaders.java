package fr.parcours.collective;

import fr.parcours.casework.CaseHeader;
import fr.parcours.casework.CaseHeaders;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.process.DlaCollectiveProcess;
import fr.parcours.identity.UserScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The header of a collective accompaniment (its title in place of an organisation), for the readers of its history. */
@Component
public class CollectiveHeaders implements CaseHeaders {

    private static final String HEADER = """
            select c.id, c.business_key, c.title, c.region_code, null, c.phase,
                   c.process_instance_id, c.created_at
            from collective_accompaniment c
            where c.id = ?""";

    private final JdbcTemplate jdbc;

    CollectiveHeaders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String path() {
        return "collectives";
    }

    @Override
    public String processKey() {
        return DlaCollectiveProcess.KEY;
    }

    @Override
    public String caseType() {
        return CollectiveAccompaniment.CASE_TYPE;
    }

    @Override
    public String phaseKeyPrefix() {
        return "collective.phase.";
    }

    @Override
    public String organisationLabelKey() {
        return "audit.history.collective-title";
    }

    @Override
    public CaseHeader header(long caseId, UserScope scope) {
        return jdbc.query(HEADER, (rs, row) -> CaseHeader.ofRow(rs), caseId).stream()
                .filter(header -> header.visibleTo(scope))
                .findFirst()
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }
}
