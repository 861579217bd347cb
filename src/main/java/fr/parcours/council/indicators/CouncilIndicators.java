package fr.parcours.council.indicators;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council's activity indicators (issue 5), read in one aggregate query: meetings held, attendance by college and
 * gender over held meetings, inhabitants reached by mobilisation, actions decided and done, and the support the
 * facilitator gives to the decided actions (counted as in {@link CouncilNetworkIndicators}). Callers check the
 * council is within the user's reach first (the council page does).
 */
@Service
public class CouncilIndicators {

    /** Attendances count member-presences (one member at three meetings counts three). */
    public record Indicators(long meetingsHeld, long inhabitantsReached, long actionsDecided, long actionsDone,
                             long residentWomen, long residentMen, long residentOther,
                             long actorWomen, long actorMen, long actorOther,
                             long logisticSupport, long administrativeSupport) {

        public long attendances() {
            return residentWomen + residentMen + residentOther + actorWomen + actorMen + actorOther;
        }

        /** Decided actions the facilitator supports, logistically or administratively. */
        public long supportGiven() {
            return logisticSupport + administrativeSupport;
        }
    }

    private static final String QUERY = """
            with cycles as (select id from council_cycle where council_id = ?),
                 meetings as (select id, held from council_meeting where cycle_id in (select id from cycles)),
                 presence as (select m.college, m.gender from council_attendance a
                              join council_member m on m.id = a.member_id
                              where a.meeting_id in (select id from meetings where held))
            select (select count(*) from meetings where held) as meetings_held,
                   (select coalesce(sum(contacts_made), 0) from council_mobilisation_action
                     where cycle_id in (select id from cycles)) as reached,
                   (select count(*) from council_action where meeting_id in (select id from meetings)) as decided,
                   (select count(*) from council_action where meeting_id in (select id from meetings)
                     and status = 'DONE') as done,
                   (select count(*) from council_action where meeting_id in (select id from meetings)
                     and support = 'LOGISTIC') as logistic,
                   (select count(*) from council_action where meeting_id in (select id from meetings)
                     and support = 'ADMINISTRATIVE') as administrative,
                   count(*) filter (where college = 'RESIDENTS' and gender = 'FEMALE') as rw,
                   count(*) filter (where college = 'RESIDENTS' and gender = 'MALE') as rm,
                   count(*) filter (where college = 'RESIDENTS' and gender = 'OTHER') as ro,
                   count(*) filter (where college = 'LOCAL_ACTORS' and gender = 'FEMALE') as aw,
                   count(*) filter (where college = 'LOCAL_ACTORS' and gender = 'MALE') as am,
                   count(*) filter (where college = 'LOCAL_ACTORS' and gender = 'OTHER') as ao
            from presence""";

    private final JdbcTemplate jdbc;

    CouncilIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Indicators of(long councilId) {
        return jdbc.queryForObject(QUERY, (rs, row) -> new Indicators(rs.getLong("meetings_held"),
                rs.getLong("reached"), rs.getLong("decided"), rs.getLong("done"), rs.getLong("rw"), rs.getLong("rm"),
                rs.getLong("ro"), rs.getLong("aw"), rs.getLong("am"), rs.getLong("ao"), rs.getLong("logistic"),
                rs.getLong("administrative")), councilId);
    }
}
