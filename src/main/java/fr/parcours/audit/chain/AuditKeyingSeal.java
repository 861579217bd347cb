package fr.parcours.audit.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Seals the keyed cut-over (where keyed hashes start) with the key, in the transaction of the migration that
 * creates it and only then: a seal found missing later is never written again, so whoever can rewrite the table
 * cannot move the cut-over and have the app seal it anew.
 */
@Component
public class AuditKeyingSeal implements Callback {

    /** The migration that creates the cut-over row: audit_chain_keying. */
    static final String KEYING_MIGRATION = "47";
    static final String KIND = "keyed-from";

    private final AuditKey key;

    public AuditKeyingSeal(AuditKey key) {
        this.key = key;
    }

    static String seal(AuditKey key, long fromSeq, Instant startedAt) {
        return AuditHash.seal(key, KIND, Long.toString(fromSeq), AuditHash.utc(startedAt));
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_EACH_MIGRATE && context.getMigrationInfo() != null
                && context.getMigrationInfo().getVersion() != null
                && KEYING_MIGRATION.equals(context.getMigrationInfo().getVersion().getVersion());
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, from_seq, started_at from audit_chain_keying where seal is null");
             ResultSet rows = select.executeQuery();
             PreparedStatement update = connection.prepareStatement(
                     "update audit_chain_keying set seal = ? where id = ?")) {
            while (rows.next()) {
                Instant startedAt = rows.getObject("started_at", java.time.OffsetDateTime.class).toInstant();
                update.setString(1, seal(key, rows.getLong("from_seq"), startedAt));
                update.setLong(2, rows.getLong("id"));
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seal the keyed cut-over of the audit chain", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "audit-keying-seal";
    }
}
