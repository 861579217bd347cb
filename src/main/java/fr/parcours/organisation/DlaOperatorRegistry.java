package fr.parcours.organisation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DLA operator registry ({@code dla_operator}), the one notion of the organisation that carries a DLA: its
 * region, whether it is a regional DLA, and the departments it covers. An organisation recorded here holds the
 * {@link OrganisationRole#DLA_OPERATOR} role, derived from this table ({@link OrganisationRoles}), never stored
 * apart. The administration's operator screens write it through {@link #register} and {@link #cover}; budgets
 * and reports read it.
 */
@Service
public class DlaOperatorRegistry {

    /** One operator: its organisation's id and name, region, regional flag and departments (in code order). */
    public record DlaOperator(long id, String name, String regionCode, boolean regional, List<String> departmentCodes) {

        public boolean covers(String departmentCode) {
            return departmentCode != null && departmentCodes.contains(departmentCode);
        }
    }

    private final JdbcClient jdbc;

    DlaOperatorRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<DlaOperator> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select d.organisation_id, o.name, d.region_code, d.regional from dla_operator d
                        join organisation o on o.id = d.organisation_id where d.organisation_id = ?""")
                .param(id).query((rs, n) -> new DlaOperator(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), departmentsOf(rs.getLong(1)))).optional();
    }

    /** Every operator, by region then name. */
    @Transactional(readOnly = true)
    public List<DlaOperator> all() {
        return jdbc.sql("select organisation_id from dla_operator").query(Long.class).list().stream()
                .map(this::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(DlaOperator::regionCode).thenComparing(DlaOperator::name)).toList();
    }

    /**
     * The operator whose departments cover a structure of this department, for a case decided by someone working
     * for {@code preferredId} (may be null): that one when it covers the department, else a departmental operator
     * before a regional one, the oldest first. A structure with no department goes to its region's regional DLA.
     */
    @Transactional(readOnly = true)
    public Optional<DlaOperator> covering(String regionCode, String departmentCode, Long preferredId) {
        List<Long> ids = departmentCode == null
                ? jdbc.sql("select organisation_id from dla_operator where regional and region_code = ? "
                        + "order by organisation_id").param(regionCode).query(Long.class).list()
                : jdbc.sql("""
                        select d.organisation_id from dla_operator d join dla_operator_department x
                          on x.organisation_id = d.organisation_id
                        where x.department_code = ? order by d.regional, d.organisation_id""")
                .param(departmentCode).query(Long.class).list();
        Long chosen = ids.stream().filter(id -> Objects.equals(id, preferredId)).findFirst()
                .orElse(ids.isEmpty() ? null : ids.get(0));
        return find(chosen);
    }

    /** Records an organisation as the operator of a DLA of this region; the caller audits it. */
    @Transactional
    public void register(long organisationId, String regionCode, boolean regional, Collection<String> departmentCodes) {
        jdbc.sql("insert into dla_operator (organisation_id, region_code, regional) values (?, ?, ?)")
                .params(organisationId, regionCode, regional).update();
        cover(organisationId, regional, departmentCodes);
    }

    /**
     * New departments (and regional flag) for a recorded operator. Every department must lie in its region
     * ({@link IllegalArgumentException} otherwise, nothing changed).
     */
    @Transactional
    public void cover(long operatorId, boolean regional, Collection<String> departmentCodes) {
        String regionCode = jdbc.sql("select region_code from dla_operator where organisation_id = ?")
                .param(operatorId).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No DLA operator " + operatorId));
        for (String code : departmentCodes) {
            boolean inRegion = jdbc.sql("select count(*) from department where code = ? and region_code = ?")
                    .params(code, regionCode).query(Long.class).single() > 0;
            if (!inRegion) {
                throw new IllegalArgumentException("Department " + code + " is not in region " + regionCode);
            }
        }
        jdbc.sql("update dla_operator set regional = ? where organisation_id = ?").params(regional, operatorId).update();
        jdbc.sql("delete from dla_operator_department where organisation_id = ?").param(operatorId).update();
        for (String code : departmentCodes) {
            jdbc.sql("insert into dla_operator_department (organisation_id, department_code) values (?, ?)")
                    .params(operatorId, code).update();
        }
    }

    private List<String> departmentsOf(long operatorId) {
        return jdbc.sql("select department_code from dla_operator_department where organisation_id = ? "
                + "order by department_code").param(operatorId).query(String.class).list();
    }
}
