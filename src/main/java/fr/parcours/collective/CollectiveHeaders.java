package fr.parcours.collective;

import fr.parcours.casework.SqlCaseHeaders;
import fr.parcours.collective.process.DlaCollectiveProcess;
import fr.parcours.identity.Groups;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The header of a collective accompaniment (its title in place of an organisation), for the readers of its history. */
@Component
public class CollectiveHeaders extends SqlCaseHeaders {

    private static final String HEADER = """
            select c.id, c.business_key, c.title, c.region_code, null, c.phase,
                   c.process_instance_id, c.created_at
            from collective_accompaniment c
            where c.id = ?""";

    CollectiveHeaders(JdbcTemplate jdbc) {
        super(jdbc, HEADER);
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
    public Set<String> caseFileGroups() {
        return Set.of(Groups.COORDINATORS);
    }

    @Override
    public String organisationLabelKey() {
        return "audit.history.collective-title";
    }
}
