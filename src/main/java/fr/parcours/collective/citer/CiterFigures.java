package fr.parcours.collective.citer;

import fr.parcours.collective.deliverables.CiterRegister;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CITER figures of participating structures added up: per register, per part (réalisations, résultats, impacts)
 * and per unit — figures in different units are never added together. Drop-outs are left out, as on the dashboard.
 */
@Service
public class CiterFigures {

    private static final String TOTALS = """
            select register, part, unit, sum(value) as total, count(*) as structures from (
                select e.register, 'outputs' as part, e.outputs_unit as unit, e.outputs_value as value, p.id
                  from collective_evaluation e join collective_participation p on p.id = e.participation_id
                  join collective_accompaniment c on c.id = p.collective_id
                 where p.status = 'PARTICIPATING' and e.outputs_value is not null and %1$s
                union all
                select e.register, 'results', e.results_unit, e.results_value, p.id
                  from collective_evaluation e join collective_participation p on p.id = e.participation_id
                  join collective_accompaniment c on c.id = p.collective_id
                 where p.status = 'PARTICIPATING' and e.results_value is not null and %1$s
                union all
                select e.register, 'impacts', e.impacts_unit, e.impacts_value, p.id
                  from collective_evaluation e join collective_participation p on p.id = e.participation_id
                  join collective_accompaniment c on c.id = p.collective_id
                 where p.status = 'PARTICIPATING' and e.impacts_value is not null and %1$s
            ) figures group by register, part, unit""";
    private static final List<String> PARTS = List.of("outputs", "results", "impacts");

    private final NamedParameterJdbcTemplate jdbc;

    CiterFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of one collective's participating structures. The caller has checked the collective's scope. */
    @Transactional(readOnly = true)
    public List<Total> ofCollective(long collectiveId) {
        return totals("c.id = :id", Map.of("id", collectiveId));
    }

    /** The figures of every collective of a region. The caller has checked the region's scope. */
    @Transactional(readOnly = true)
    public List<Total> ofRegion(String regionCode) {
        return totals("c.region_code = :region", Map.of("region", regionCode));
    }

    private List<Total> totals(String where, Map<String, ?> parameters) {
        return jdbc.query(TOTALS.formatted(where), parameters, (rs, i) -> new Total(
                        CiterRegister.valueOf(rs.getString("register")), rs.getString("part"), rs.getString("unit"),
                        rs.getBigDecimal("total"), rs.getInt("structures")))
                .stream()
                .sorted(Comparator.comparing(Total::register).thenComparing(t -> PARTS.indexOf(t.part()))
                        .thenComparing(Total::unit, Comparator.nullsLast(String::compareTo)))
                .toList();
    }

    /** One register's part summed in one unit over {@code structures} structures. */
    public record Total(CiterRegister register, String part, String unit, BigDecimal value, int structures) {
    }
}
