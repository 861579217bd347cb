package fr.parcours.collective.dashboard;

import fr.parcours.collective.deliverables.CiterRegister;
import fr.parcours.collective.tracks.ParticipationStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures in one SQL statement whatever the number of structures: attendance, deliverables and
 * funding are aggregated per participation in the database, never fetched structure by structure.
 */
@Component
public class DashboardQueries {

    private static final String FIGURES = """
            select p.id, o.name, p.status, p.delivered_on, p.dropped_out_on, p.drop_out_reason,
                   coalesce(a.attended, 0) as attended,
                   (select count(*) from collective_session s where s.collective_id = p.collective_id) as held,
                   d.action_plan is not null as action_plan,
                   coalesce(f.leads, 0) as leads,
                   coalesce(e.complete, 0) = ? as evaluation,
                   coalesce(d.aided_contracts_at_stake, 0) as at_stake,
                   (select count(*) from adulte_relais_agreement r
                     where r.organisation_id = p.organisation_id and r.status = 'MADE_PERMANENT'
                       and r.status_date >= (select start_date from collective_accompaniment
                                             where id = p.collective_id)) as made_permanent,
                   coalesce(f.sought, 0) as sought, coalesce(f.obtained, 0) as obtained
            from collective_participation p
            join organisation o on o.id = p.organisation_id
            left join collective_deliverables d on d.participation_id = p.id
            left join (select a.participation_id, count(*) as attended from collective_attendance a
                       join collective_session s on s.id = a.session_id where s.collective_id = ?
                       group by a.participation_id) a on a.participation_id = p.id
            left join (select participation_id, count(*) as leads, sum(amount_sought) as sought,
                              sum(coalesce(amount_obtained, 0)) as obtained
                       from collective_funding_lead
                       where participation_id in (select id from collective_participation where collective_id = ?)
                       group by participation_id) f on f.participation_id = p.id
            left join (select participation_id, count(*) as complete from collective_evaluation
                       where outputs is not null and results is not null and impacts is not null
                         and participation_id in (select id from collective_participation where collective_id = ?)
                       group by participation_id) e on e.participation_id = p.id
            where p.collective_id = ?
            order by o.name, p.id
            """;

    private final JdbcTemplate jdbc;

    public DashboardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<StructureFigures> figures(long collectiveId) {
        return jdbc.query(FIGURES, (rs, i) -> new StructureFigures(rs.getLong("id"), rs.getString("name"),
                ParticipationStatus.valueOf(rs.getString("status")), rs.getObject("delivered_on", LocalDate.class),
                rs.getLong("attended"), rs.getLong("held"), rs.getBoolean("action_plan"), rs.getLong("leads"),
                rs.getBoolean("evaluation"), rs.getInt("at_stake"), rs.getInt("made_permanent"),
                rs.getBigDecimal("sought"), rs.getBigDecimal("obtained"),
                rs.getObject("dropped_out_on", LocalDate.class), rs.getString("drop_out_reason")),
                CiterRegister.values().length, collectiveId, collectiveId, collectiveId, collectiveId);
    }
}
