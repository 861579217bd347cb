package fr.parcours.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The regions and departments of France, reference data shipped with the app (INSEE codes). */
@Service
public class Territories {

    public record Region(String code, String name, boolean overseas) {
    }

    public record Department(String code, String name, String regionCode) {

        public Territory territory() {
            return new Territory(code, regionCode);
        }
    }

    private final JdbcClient jdbc;

    Territories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Metropolitan regions first, then overseas, each by name. */
    public List<Region> regions() {
        return jdbc.sql("select code, name, overseas from region order by overseas, name")
                .query(Region.class).list();
    }

    /** Every department in code order (01 … 95, 2A and 2B in place, then 971 …). */
    public List<Department> departments() {
        return jdbc.sql("select code, name, region_code from department order by replace(replace(code, '2A', '20A'), '2B', '20B')")
                .query(Department.class).list();
    }

    /** Every department by its code: what a form's department code is checked against. */
    public Map<String, Department> departmentsByCode() {
        return departments().stream().collect(Collectors.toMap(Department::code, Function.identity()));
    }

    public List<Department> departmentsOf(String regionCode) {
        return departments().stream().filter(department -> department.regionCode().equals(regionCode)).toList();
    }

    public Optional<Department> department(String code) {
        return jdbc.sql("select code, name, region_code from department where code = ?").param(code)
                .query(Department.class).optional();
    }

    public Optional<Region> region(String code) {
        return jdbc.sql("select code, name, overseas from region where code = ?").param(code)
                .query(Region.class).optional();
    }
}
