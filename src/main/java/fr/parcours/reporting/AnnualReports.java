package fr.parcours.reporting;

import fr.parcours.budget.OperatorReach;
import fr.parcours.dla.NationalPhase;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.DlaOperatorRegistry.DlaOperator;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.NafCode;
import fr.parcours.organisation.Territories;
import fr.parcours.organisation.Territories.Department;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the annual activity report of a scope (an officer's: the departments of the DLA operator they work for, or
 * their own departments when they work for none; a region's coordinators or auditors; everything for national
 * readers) in four SQL statements whatever the number of cases. A consultant's scope covers no DLA operator's
 * activity: its report is empty.
 */
@Service
public class AnnualReports {

    /**
     * The categories every report lists, even at zero; sectors list only those that occur, departments those of the
     * scope ({@link #listedDepartments}) and any other that occurs.
     */
    private static final Map<Dimension, List<String>> FIXED = Map.of(
            Dimension.LEGAL_FORM, Arrays.stream(LegalForm.values()).map(Enum::name).toList(),
            Dimension.SIZE, List.of("0", "1-9", "10-49", "50+", Category.UNKNOWN),
            Dimension.QPV, List.of("QPV", "NOT_QPV"));

    private final NamedParameterJdbcTemplate jdbc;
    private final OperatorReach operators;
    private final Territories territories;

    AnnualReports(NamedParameterJdbcTemplate jdbc, OperatorReach operators, Territories territories) {
        this.jdbc = jdbc;
        this.operators = operators;
        this.territories = territories;
    }

    /** The DLA operator whose report an officer reads: the one they work for, if recorded. */
    @Transactional(readOnly = true)
    public Optional<DlaOperator> operatorOf(UserScope scope) {
        if (scope.getDepartmentCode() == null || scope.getOrganisationId() != null) {
            return Optional.empty();
        }
        return operators.workedForBy(scope.getUserId());
    }

    @Transactional(readOnly = true)
    public AnnualReport of(ReportPeriod period, UserScope scope) {
        Optional<DlaOperator> operator = operatorOf(scope);
        List<String> departments = operator.map(DlaOperator::departmentCodes).orElse(scope.departmentCodes());
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("from", period.from()).addValue("to", period.to())
                .addValue("departments", departments.isEmpty() ? List.of("") : departments)
                .addValue("region", scope.getRegionCode());
        String accompaniments = condition(scope, "a.department_code");
        String participants = condition(scope, "o.department_code");
        return new AnnualReport(period, breakdowns(ReportQueries.COUNTS.formatted(accompaniments, participants),
                parameters, listedDepartments(scope, departments)), leadTimes(ReportQueries.LEAD_TIMES.formatted(accompaniments), parameters),
                results(ReportQueries.RESULTS.formatted(accompaniments), parameters),
                satisfaction(ReportQueries.SATISFACTION.formatted(accompaniments), parameters));
    }

    /**
     * The departments the report lists even without activity: an officer's operator's (or, working for none, their
     * own); every department of a region for its readers (the reference data of territories). A national report
     * lists only the departments with activity, not a hundred empty lines; a consultant's lists none.
     */
    private List<String> listedDepartments(UserScope scope, List<String> officersDepartments) {
        if (scope.getOrganisationId() != null) {
            return List.of();
        }
        if (scope.getDepartmentCode() != null) {
            return officersDepartments;
        }
        return scope.getRegionCode() == null ? List.of()
                : territories.departmentsOf(scope.getRegionCode()).stream().map(Department::code).toList();
    }

    /** Mirrors UserScope.covers: a department scope (its operator's departments) ignores the region; a consultant's covers nothing. */
    private static String condition(UserScope scope, String departmentColumn) {
        if (scope.getOrganisationId() != null) {
            return "false";
        }
        if (scope.getDepartmentCode() != null) {
            return departmentColumn + " in (:departments)";
        }
        return scope.getRegionCode() != null ? "o.region_code = :region" : "true";
    }

    private List<Breakdown> breakdowns(String sql, MapSqlParameterSource parameters, List<String> departments) {
        Map<Dimension, Map<String, Map<Measure, Long>>> counts = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            Map<String, Map<Measure, Long>> categories = FIXED.containsKey(dimension)
                    ? new LinkedHashMap<>() : new TreeMap<>(AnnualReports::unknownLast);
            FIXED.getOrDefault(dimension, dimension == Dimension.DEPARTMENT ? departments : List.of())
                    .forEach(code -> categories.put(code, new EnumMap<>(Measure.class)));
            counts.put(dimension, categories);
        }
        jdbc.query(sql, parameters, rs -> {
            Measure measure = Measure.valueOf(rs.getString("measure"));
            long events = rs.getLong("events");
            Map<Dimension, String> categories = Map.of(
                    Dimension.SECTOR, categoryCode(Dimension.SECTOR, rs.getString("naf_code")),
                    Dimension.LEGAL_FORM, categoryCode(Dimension.LEGAL_FORM, rs.getString("legal_form")),
                    Dimension.SIZE, rs.getString("size"),
                    Dimension.QPV, rs.getBoolean("qpv") ? "QPV" : "NOT_QPV",
                    Dimension.DEPARTMENT, rs.getString("department_code"));
            categories.forEach((dimension, code) -> counts.get(dimension)
                    .computeIfAbsent(code, key -> new EnumMap<>(Measure.class)).merge(measure, events, Long::sum));
        });
        List<Breakdown> breakdowns = new ArrayList<>();
        counts.forEach((dimension, categories) -> breakdowns.add(new Breakdown(dimension, categories.entrySet().stream()
                .map(entry -> new BreakdownRow(new Category(dimension, entry.getKey()), entry.getValue())).toList())));
        return breakdowns;
    }

    /** A NAF code becomes its section, a stored legal form its kind; other categories are already codes. */
    private static String categoryCode(Dimension dimension, String category) {
        return switch (dimension) {
            case SECTOR -> category != null && NafCode.isValid(category) ? String.valueOf(NafCode.parse(category).section())
                    : Category.UNKNOWN;
            case LEGAL_FORM -> LegalForm.fromStored(category).name();
            default -> category;
        };
    }

    private static int unknownLast(String a, String b) {
        int unknown = Boolean.compare(Category.UNKNOWN.equals(a), Category.UNKNOWN.equals(b));
        return unknown != 0 ? unknown : a.compareTo(b);
    }

    private List<LeadTime> leadTimes(String sql, MapSqlParameterSource parameters) {
        Map<NationalPhase, LeadTime> times = new EnumMap<>(NationalPhase.class);
        for (NationalPhase phase : NationalPhase.values()) {
            times.put(phase, new LeadTime(phase, 0, null, null));
        }
        jdbc.query(sql, parameters, rs -> {
            NationalPhase phase = NationalPhase.valueOf(rs.getString("phase"));
            times.put(phase, new LeadTime(phase, rs.getLong("cases"), oneDecimal(rs.getBigDecimal("median")),
                    oneDecimal(rs.getBigDecimal("p90"))));
        });
        return List.copyOf(times.values());
    }

    private Results results(String sql, MapSqlParameterSource parameters) {
        return jdbc.queryForObject(sql, parameters, (rs, row) -> new Results(rs.getLong("follow_ups"),
                rs.getLong("jobs"), rs.getLong("contracts"), rs.getBigDecimal("funding").setScale(2, RoundingMode.HALF_UP)));
    }

    private Satisfaction satisfaction(String sql, MapSqlParameterSource parameters) {
        return jdbc.queryForObject(sql, parameters, (rs, row) -> new Satisfaction(rs.getLong("answers"),
                twoDecimals(rs.getBigDecimal("quality")), twoDecimals(rs.getBigDecimal("listening")),
                twoDecimals(rs.getBigDecimal("usefulness")), twoDecimals(rs.getBigDecimal("overall"))));
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal twoDecimals(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
