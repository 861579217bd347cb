package fr.parcours.dla.followup;

import fr.parcours.dla.Phase;
import fr.parcours.identity.UserScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up indicators for funders: per case and summed over a territory. Each follow-up counts what
 * was achieved since the previous one, so sums count nothing twice.
 */
@Service
public class FollowUpIndicators {

    private static final String CASES = """
            select a.id, a.business_key, o.name, a.department_code, a.phase, count(f.id) as follow_ups,
                   coalesce(sum(f.jobs_consolidated), 0) as jobs,
                   coalesce(sum(f.aided_contracts_permanent), 0) as contracts,
                   coalesce(sum(f.funding_obtained), 0) as funding, c.closed_on
            from accompaniment a
            join organisation o on o.id = a.organisation_id
            left join follow_up f on f.accompaniment_id = a.id
            left join accompaniment_closure c on c.accompaniment_id = a.id
            where %s
            group by a.id, a.business_key, o.name, a.department_code, a.phase, c.closed_on
            having count(f.id) > 0 or c.closed_on is not null
            order by a.business_key""";

    private static final RowMapper<CaseIndicators> ROW = (rs, n) -> new CaseIndicators(rs.getLong("id"),
            rs.getString("business_key"), rs.getString("name"), rs.getString("department_code"),
            Phase.valueOf(rs.getString("phase")), rs.getInt("follow_ups"), rs.getLong("jobs"),
            rs.getLong("contracts"), rs.getBigDecimal("funding"), rs.getObject("closed_on", java.time.LocalDate.class));

    private final NamedParameterJdbcTemplate jdbc;

    FollowUpIndicators(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One case's indicators; the caller has checked that the reader sees the case. */
    @Transactional(readOnly = true)
    public Indicators ofCase(long accompanimentId) {
        return sum(jdbc.query(CASES.formatted("a.id = :id"), Map.of("id", accompanimentId), ROW));
    }

    /** Every case of the scope that has a follow-up or is closed; consultants' scopes hold none. */
    @Transactional(readOnly = true)
    public List<CaseIndicators> casesOf(UserScope scope) {
        if (scope.getOrganisationId() != null) {
            return List.of();
        }
        // Mirrors UserScope.covers: a department scope (one or more departments) ignores the region.
        List<String> departments = scope.departmentCodes();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("allDepartments", departments.isEmpty());
        parameters.put("departments", departments.isEmpty() ? List.of("") : departments);
        parameters.put("region", departments.isEmpty() ? scope.getRegionCode() : null);
        return jdbc.query(CASES.formatted("""
                (:allDepartments or a.department_code in (:departments))
                and (cast(:region as varchar) is null or o.region_code = :region)"""), parameters, ROW);
    }

    @Transactional(readOnly = true)
    public Indicators ofTerritory(UserScope scope) {
        return sum(casesOf(scope));
    }

    private static Indicators sum(List<CaseIndicators> rows) {
        Indicators total = Indicators.NONE;
        for (CaseIndicators row : rows) {
            total = total.plus(row);
        }
        return total;
    }
}
