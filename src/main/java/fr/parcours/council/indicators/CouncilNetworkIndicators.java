package fr.parcours.council.indicators;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilService;
import fr.parcours.identity.UserScope;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators across councils (issue 5): the councils the user may follow (a region's for its coordinators, their
 * own for facilitators, all for admins), aggregated in the database by one SQL statement whatever their number.
 * A meeting, its attendance and the actions it decided count in the period of the meeting's date; a mobilisation
 * action by its date; an action done by the day it was done.
 */
@Service
public class CouncilNetworkIndicators {

    private static final String FIGURES = """
            with meeting as (select m.id, y.council_id from council_meeting m
                             join council_cycle y on y.id = m.cycle_id
                             where m.held and m.planned_on between :from and :to and y.council_id in (:ids))
            select c.id, c.name, coalesce(h.held, 0) as held,
                   coalesce(p.rw, 0) as rw, coalesce(p.rm, 0) as rm, coalesce(p.ro, 0) as ro,
                   coalesce(p.aw, 0) as aw, coalesce(p.am, 0) as am, coalesce(p.ao, 0) as ao,
                   coalesce(r.contacts, 0) as contacts, coalesce(r.new_members, 0) as new_members,
                   coalesce(a.decided, 0) as decided, coalesce(a.logistic, 0) as logistic,
                   coalesce(a.administrative, 0) as administrative, coalesce(d.done, 0) as done
            from council c
            left join (select council_id, count(*) as held from meeting group by council_id) h on h.council_id = c.id
            left join (select m.council_id,
                              count(*) filter (where b.college = 'RESIDENTS' and b.gender = 'FEMALE') as rw,
                              count(*) filter (where b.college = 'RESIDENTS' and b.gender = 'MALE') as rm,
                              count(*) filter (where b.college = 'RESIDENTS' and b.gender = 'OTHER') as ro,
                              count(*) filter (where b.college = 'LOCAL_ACTORS' and b.gender = 'FEMALE') as aw,
                              count(*) filter (where b.college = 'LOCAL_ACTORS' and b.gender = 'MALE') as am,
                              count(*) filter (where b.college = 'LOCAL_ACTORS' and b.gender = 'OTHER') as ao
                       from council_attendance t join meeting m on m.id = t.meeting_id
                       join council_member b on b.id = t.member_id group by m.council_id) p on p.council_id = c.id
            left join (select y.council_id, sum(o.contacts_made) as contacts, sum(o.new_members) as new_members
                       from council_mobilisation_action o join council_cycle y on y.id = o.cycle_id
                       where o.held_on between :from and :to and y.council_id in (:ids)
                       group by y.council_id) r on r.council_id = c.id
            left join (select m.council_id, count(*) as decided,
                              count(*) filter (where a.support = 'LOGISTIC') as logistic,
                              count(*) filter (where a.support = 'ADMINISTRATIVE') as administrative
                       from council_action a join meeting m on m.id = a.meeting_id
                       group by m.council_id) a on a.council_id = c.id
            left join (select y.council_id, count(*) as done from council_action a
                       join council_meeting m on m.id = a.meeting_id join council_cycle y on y.id = m.cycle_id
                       where a.status = 'DONE' and a.done_on between :from and :to and y.council_id in (:ids)
                       group by y.council_id) d on d.council_id = c.id
            where c.id in (:ids)
            order by c.name
            """;

    private final CouncilService councils;
    private final NamedParameterJdbcTemplate jdbc;

    public CouncilNetworkIndicators(CouncilService councils, NamedParameterJdbcTemplate jdbc) {
        this.councils = councils;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public CouncilNetworkView of(IndicatorPeriod period, String userId, UserScope scope) {
        List<Long> ids = councils.visibleList(userId, scope).stream().map(Council::getId).toList();
        if (ids.isEmpty()) {
            return new CouncilNetworkView(period, List.of());
        }
        return new CouncilNetworkView(period, jdbc.query(FIGURES, Map.of("from", period.from(), "to", period.to(),
                "ids", ids), (rs, row) -> new CouncilFigures(rs.getLong("id"), rs.getString("name"),
                rs.getLong("held"), rs.getLong("rw"), rs.getLong("rm"), rs.getLong("ro"), rs.getLong("aw"),
                rs.getLong("am"), rs.getLong("ao"), rs.getLong("contacts"), rs.getLong("new_members"),
                rs.getLong("decided"), rs.getLong("done"), rs.getLong("logistic"), rs.getLong("administrative"))));
    }
}
