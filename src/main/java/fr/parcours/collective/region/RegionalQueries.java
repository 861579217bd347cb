package fr.parcours.collective.region;

import fr.parcours.collective.CollectivePhase;
import fr.parcours.collective.deliverables.CiterRegister;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The regional view's figures in one SQL statement whatever the number of collectives: participations,
 * sessions, deliverables and funding are aggregated per collective in the database. As on the dashboard, the
 * deliverables and indicators of structures that dropped out are left out (they are counted as drop-outs).
 */
@Component
public class RegionalQueries {

    private static final String FIGURES = """
            select c.id, c.business_key, c.title, c.region_code, c.start_date, c.planned_months, c.phase,
                   c.late_noticed_at is not null as late_noticed,
                   coalesce(p.participating, 0) as participating, coalesce(p.dropped_out, 0) as dropped_out,
                   coalesce(s.held, 0) as held, coalesce(p.delivered, 0) as delivered,
                   coalesce(p.at_stake, 0) as at_stake, coalesce(p.made_permanent, 0) as made_permanent,
                   coalesce(p.sought, 0) as sought, coalesce(p.obtained, 0) as obtained
            from collective_accompaniment c
            left join (select p.collective_id,
                              count(*) filter (where p.status = 'PARTICIPATING') as participating,
                              count(*) filter (where p.status = 'DROPPED_OUT') as dropped_out,
                              count(*) filter (where p.status <> 'DROPPED_OUT' and d.action_plan is not null
                                                 and f.leads > 0 and e.complete = ?) as delivered,
                              sum(coalesce(d.aided_contracts_at_stake, 0)) filter (where p.status <> 'DROPPED_OUT')
                                  as at_stake,
                              sum(coalesce(r.made_permanent, 0))
                                  filter (where p.status <> 'DROPPED_OUT') as made_permanent,
                              sum(coalesce(f.sought, 0)) filter (where p.status <> 'DROPPED_OUT') as sought,
                              sum(coalesce(f.obtained, 0)) filter (where p.status <> 'DROPPED_OUT') as obtained
                       from collective_participation p
                       left join collective_deliverables d on d.participation_id = p.id
                       left join lateral (select count(*) as made_permanent from adulte_relais_agreement r
                                           where r.organisation_id = p.organisation_id and r.status = 'MADE_PERMANENT'
                                             and r.status_date >= (select start_date from collective_accompaniment
                                                                   where id = p.collective_id)) r on true
                       left join (select participation_id, count(*) as leads, sum(amount_sought) as sought,
                                         sum(coalesce(amount_obtained, 0)) as obtained
                                  from collective_funding_lead group by participation_id) f
                              on f.participation_id = p.id
                       left join (select participation_id, count(*) as complete from collective_evaluation
                                  where outputs is not null and results is not null and impacts is not null
                                  group by participation_id) e on e.participation_id = p.id
                       where p.collective_id in (select id from collective_accompaniment
                                                 where cast(? as varchar) is null or region_code = ?)
                       group by p.collective_id) p on p.collective_id = c.id
            left join (select collective_id, count(*) as held from collective_session group by collective_id) s
                   on s.collective_id = c.id
            where cast(? as varchar) is null or c.region_code = ?
            order by c.region_code, c.start_date desc, c.id
            """;

    private final JdbcTemplate jdbc;

    public RegionalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every collective of the region, or of all regions when {@code regionCode} is null. */
    public List<CollectiveFigures> figures(String regionCode) {
        return jdbc.query(FIGURES, (rs, i) -> new CollectiveFigures(rs.getLong("id"), rs.getString("business_key"),
                rs.getString("title"), rs.getString("region_code"), rs.getObject("start_date", LocalDate.class),
                rs.getInt("planned_months"), CollectivePhase.valueOf(rs.getString("phase")),
                rs.getBoolean("late_noticed"), rs.getLong("participating"), rs.getLong("dropped_out"),
                rs.getLong("held"), rs.getLong("delivered"), rs.getLong("at_stake"), rs.getLong("made_permanent"),
                rs.getBigDecimal("sought"), rs.getBigDecimal("obtained")),
                CiterRegister.values().length, regionCode, regionCode, regionCode, regionCode);
    }
}
