package fr.parcours.council;

import fr.parcours.casework.SqlCaseHeaders;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.process.CouncilCycleProcess;
import fr.parcours.identity.Groups;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The header of a council's animation cycle ("council #number"), for the readers of its history. */
@Component
public class CouncilCycleHeaders extends SqlCaseHeaders {

    // A cycle has no phase column: it is running until its end is recorded.
    private static final String HEADER = """
            select cc.id, co.name || ' #' || cc.number, co.name, co.region_code, co.department_code,
                   case when cc.ended_at is null then 'RUNNING' else 'ENDED' end,
                   cc.process_instance_id, cc.started_at
            from council_cycle cc join council co on co.id = cc.council_id
            where cc.id = ?""";

    CouncilCycleHeaders(JdbcTemplate jdbc) {
        super(jdbc, HEADER);
    }

    @Override
    public String path() {
        return "council-cycles";
    }

    @Override
    public String processKey() {
        return CouncilCycleProcess.KEY;
    }

    @Override
    public String caseType() {
        return CouncilCycle.CASE_TYPE;
    }

    @Override
    public String phaseKeyPrefix() {
        return "audit.history.cycle-state.";
    }

    @Override
    public Set<String> caseFileGroups() {
        return Set.of(Groups.FACILITATORS, Groups.COORDINATORS);
    }

    @Override
    public String organisationLabelKey() {
        return "audit.history.council";
    }
}
