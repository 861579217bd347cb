package fr.parcours.casework;

import fr.parcours.identity.UserScope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A kind of case whose header one SQL statement reads, by case id, in {@link CaseHeader#ofRow}'s column order;
 * the scope check is {@link CaseHeader#visibleTo}'s, the same for every kind.
 */
public abstract class SqlCaseHeaders implements CaseHeaders {

    private final JdbcTemplate jdbc;
    private final String headerSql;

    protected SqlCaseHeaders(JdbcTemplate jdbc, String headerSql) {
        this.jdbc = jdbc;
        this.headerSql = headerSql;
    }

    @Override
    public CaseHeader header(long caseId, UserScope scope) {
        return jdbc.query(headerSql, (rs, row) -> CaseHeader.ofRow(rs), caseId).stream()
                .filter(header -> header.visibleTo(scope))
                .findFirst()
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }
}
