package fr.parcours.audit.history;

import fr.parcours.audit.CaseEvent;
import fr.parcours.identity.UserScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a search over audit records, shared by the result page and the CSV export. The case and its
 * structure are left-joined: national readers also see records of other kinds of case, while a
 * territorial scope keeps only records of accompaniments in its territory.
 */
final class AuditQuery {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final String COLUMNS = """
            select r.id, r.occurred_at, r.case_type, r.case_id, a.business_key, o.name, a.department_code,
                   a.phase, r.actor, r.action, r.details""";

    private final StringBuilder from = new StringBuilder(" " + """
             from audit_record r
             left join accompaniment a on r.case_type = '%s' and a.id = r.case_id
             left join organisation o on o.id = a.organisation_id
             where true""".formatted(CaseEvent.ACCOMPANIMENT));
    private final List<Object> parameters = new ArrayList<>();

    AuditQuery(AuditSearch search, UserScope scope) {
        restrictTo(scope);
        if (search.organisation() != null) {
            condition(" and o.name ilike ? escape '\\'", "%" + likeEscaped(search.organisation()) + "%");
        }
        if (search.actor() != null) {
            condition(" and r.actor = ?", search.actor());
        }
        if (search.action() != null) {
            condition(" and r.action = ?", search.action());
        }
        if (search.caseType() != null) {
            condition(" and r.case_type = ?", search.caseType());
        }
        if (search.phase() != null) {
            condition(" and a.phase = ?", search.phase());
        }
        if (search.from() != null) {
            condition(" and r.occurred_at >= ?", Timestamp.from(search.from().atStartOfDay(ZONE).toInstant()));
        }
        if (search.to() != null) {
            condition(" and r.occurred_at < ?", Timestamp.from(search.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
    }

    private void restrictTo(UserScope scope) {
        if (scope.getOrganisationId() != null) {
            from.append(" and false");
        } else if (scope.getDepartmentCode() != null) {
            condition(" and a.department_code = any (?)", scope.departmentCodes().toArray(String[]::new));
        } else if (scope.getRegionCode() != null) {
            condition(" and o.region_code = ?", scope.getRegionCode());
        }
    }

    private void condition(String sql, Object parameter) {
        from.append(sql);
        parameters.add(parameter);
    }

    String from() {
        return from.toString();
    }

    Object[] parameters(Object... more) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(List.of(more));
        return all.toArray();
    }

    static AuditRow row(ResultSet rs, CaseKinds kinds) throws SQLException {
        return new AuditRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), kinds.historyPath(rs.getString(3)));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
