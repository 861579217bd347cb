package fr.parcours.audit.chain;

import fr.parcours.audit.chain.ChainBreak.Reason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole audit chain in the order rows were written (id: ids are taken under the append lock,
 * see AuditTrail) from the last retention anchor, and reports the first broken link. Before the walk it checks
 * the chain's own facts: the keyed cut-over must carry the key's seal (else the key is wrong), and every anchor
 * must be sealed and prove that what it replaced had passed its retention period. Rows are streamed (a
 * server-side cursor, {@value #FETCH_SIZE} rows at a time), so a chain of millions of records is checked in
 * constant memory.
 */
@Service
public class AuditChainVerifier {

    static final int FETCH_SIZE = 1000;
    private static final String WALK = "select id, seq, occurred_at, actor, case_type, case_id, action, details, "
            + "prev_hash, hash from audit_record order by id";

    private final JdbcTemplate jdbc;
    private final AuditKey key;

    @Autowired
    AuditChainVerifier(JdbcTemplate jdbc, AuditKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    /**
     * PostgreSQL streams a result only inside a transaction; a repeatable read one also shows the anchor
     * and the rows as of one instant, even if a purge commits meanwhile.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainReport verify() {
        return verifyWith(jdbc);
    }

    /**
     * The same check on another database, in a transaction of its own: a restored backup (the key is this app's,
     * so the database must be one that this key sealed).
     */
    public ChainReport verify(DataSource database) {
        TransactionTemplate snapshot = new TransactionTemplate(new DataSourceTransactionManager(database));
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return snapshot.execute(status -> verifyWith(new JdbcTemplate(database)));
    }

    /** The same check on another connection (the owner's), inside the caller's transaction. */
    ChainReport verifyWith(JdbcTemplate database) {
        List<AuditAnchor> anchors = database.query("select * from audit_chain_anchor order by seq",
                (row, n) -> AuditAnchor.of(row));
        AuditAnchor last = anchors.isEmpty() ? null : anchors.get(anchors.size() - 1);
        ChainReport start = last == null ? new ChainReport(0, 0, 0, AuditHash.GENESIS, null, 0, null)
                : new ChainReport(last.seq(), 0, last.seq(), last.hash(), null, 0, last.retention());
        List<ChainReport> keying = database.query("select id, from_seq, started_at, seal from audit_chain_keying "
                + "order by from_seq", (row, n) -> keyingCheck(row, start));
        if (keying.isEmpty()) {
            return start.broken(new ChainBreak(0, 0, Reason.KEYING_UNSEALED));
        }
        ChainReport keyed = keying.get(0);
        if (!keyed.intact()) {
            return keyed;
        }
        for (AuditAnchor anchor : anchors) {
            Reason wrong = anchor.check(key);
            if (wrong != null) {
                return keyed.broken(new ChainBreak(anchor.seq(), anchor.id(), wrong));
            }
        }
        return database.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(WALK, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, (ResultSetExtractor<ChainReport>) rows -> walk(rows, keyed));
    }

    private ChainReport keyingCheck(ResultSet row, ChainReport start) throws SQLException {
        long fromSeq = row.getLong("from_seq");
        ChainReport keyed = start.keyedFrom(fromSeq);
        String seal = row.getString("seal");
        if (seal == null) {
            return keyed.broken(new ChainBreak(fromSeq, row.getLong("id"), Reason.KEYING_UNSEALED));
        }
        String expected = AuditKeyingSeal.seal(key, fromSeq,
                row.getObject("started_at", OffsetDateTime.class).toInstant());
        return expected.equals(seal) ? keyed : keyed.broken(new ChainBreak(fromSeq, row.getLong("id"), Reason.WRONG_KEY));
    }

    private ChainReport walk(ResultSet rows, ChainReport start) throws SQLException {
        long checked = 0;
        long previousSeq = start.lastSeq();
        String previousHash = start.lastHash();
        while (rows.next()) {
            long id = rows.getLong("id");
            long seq = rows.getLong("seq");
            Reason broken = check(rows, seq, previousSeq, previousHash, start.keyedFrom());
            if (broken != null) {
                return start.walked(checked, previousSeq, previousHash).broken(new ChainBreak(seq, id, broken));
            }
            checked++;
            previousSeq = seq;
            previousHash = rows.getString("hash");
        }
        return start.walked(checked, previousSeq, previousHash);
    }

    /**
     * A row at the wrong position that still points to its true predecessor was moved; one that points
     * elsewhere follows a hole.
     */
    private Reason check(ResultSet row, long seq, long previousSeq, String previousHash, long keyedFrom)
            throws SQLException {
        boolean linked = previousHash.equals(row.getString("prev_hash"));
        if (seq != previousSeq + 1) {
            return seq > previousSeq + 1 && !linked ? Reason.ROW_MISSING : Reason.ORDER_CHANGED;
        }
        if (!linked) {
            return Reason.LINK_BROKEN;
        }
        var occurredAt = row.getObject("occurred_at", OffsetDateTime.class).toInstant();
        String expected = seq < keyedFrom
                ? AuditHash.of(seq, occurredAt, row.getString("actor"), row.getString("case_type"),
                        row.getLong("case_id"), row.getString("action"), row.getString("details"), previousHash)
                : AuditHash.keyed(key, seq, occurredAt, row.getString("actor"), row.getString("case_type"),
                        row.getLong("case_id"), row.getString("action"), row.getString("details"), previousHash);
        return expected.equals(row.getString("hash")) ? null : Reason.CONTENT_EDITED;
    }
}
