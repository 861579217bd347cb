package fr.parcours.audit.history;

import fr.parcours.casework.CsvExport;
import fr.parcours.identity.UserNames;
import fr.parcours.identity.UserScope;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a search result as CSV while reading it: inside a read-only transaction (autocommit off) with a
 * fetch size, PostgreSQL's driver reads through a cursor, so memory holds one batch of rows whatever the
 * size of the result. French headers, semicolons, UTF-8 with a byte-order mark: what French Excel opens.
 */
@Component
public class AuditExport {

    static final int FETCH_SIZE = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(AuditQuery.ZONE);
    private static final List<String> COLUMNS = List.of("occurred-at", "case-type", "case", "organisation",
            "department", "phase", "actor", "actor-name", "action", "action-label", "details");

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final CaseKinds kinds;
    private final UserNames names;

    AuditExport(DataSource dataSource, MessageSource messages, CaseKinds kinds, UserNames names) {
        this.names = names;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.messages = messages;
        this.kinds = kinds;
    }

    /** Writes every record matching {@code search} in {@code scope}, oldest first; returns how many. */
    @Transactional(readOnly = true)
    public long write(AuditSearch search, UserScope scope, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CsvExport export = CsvExport.to(writer, COLUMNS.stream().map(this::header).toList());
        AuditQuery query = new AuditQuery(search, scope);
        Map<String, String> labels = new HashMap<>();
        long[] count = {0};
        jdbc.query(AuditQuery.COLUMNS + query.from() + " order by r.occurred_at, r.id", rs -> {
            AuditRow row = AuditQuery.row(rs, kinds);
            try {
                export.row(TIME.format(row.occurredAt()), row.caseType(),
                        row.isAccompaniment() ? row.businessKey() : row.caseId(), row.organisationName(),
                        row.departmentCode(), row.phase() == null ? null : phase(row.phase()), row.actor(),
                        names.name(row.actor()), row.action(), labels.computeIfAbsent(row.action(), this::actionLabel), row.details());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count[0]++;
        }, query.parameters());
        export.flush();
        return count[0];
    }

    private String header(String column) {
        return messages.getMessage("audit.csv." + column, null, Locale.FRENCH);
    }

    private String phase(String phase) {
        return messages.getMessage("phase." + phase, null, phase, Locale.FRENCH);
    }

    private String actionLabel(String action) {
        return messages.getMessage("audit.action." + action, null, action, Locale.FRENCH);
    }
}
