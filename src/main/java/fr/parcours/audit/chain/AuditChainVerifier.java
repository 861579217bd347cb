package fr.parcours.audit.chain;

import fr.parcours.audit.chain.ChainBreak.Reason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole audit chain in the order rows were written (id: ids are taken under the append lock,
 * see AuditTrail) from the last retention anchor, and reports the first broken link. Rows are streamed
 * (a server-side cursor, {@value #FETCH_SIZE} rows at a time), so a chain of millions of records is
 * checked in constant memory.
 */
@Service
public class AuditChainVerifier {

    static final int FETCH_SIZE = 1000;
    private static final String WALK = "select id, seq, occurred_at, actor, case_type, case_id, action, details, "
            + "prev_hash, hash from audit_record order by id";

    private final JdbcTemplate jdbc;

    AuditChainVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * PostgreSQL streams a result only inside a transaction; a repeatable read one also shows the anchor
     * and the rows as of one instant, even if a purge commits meanwhile.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainReport verify() {
        ChainReport anchor = jdbc.query("select seq, hash from audit_chain_anchor order by seq desc limit 1",
                rows -> rows.next() ? new ChainReport(rows.getLong("seq"), 0, rows.getLong("seq"),
                        rows.getString("hash"), null) : new ChainReport(0, 0, 0, AuditHash.GENESIS, null));
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(WALK, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, (ResultSetExtractor<ChainReport>) rows -> walk(rows, anchor));
    }

    private static ChainReport walk(ResultSet rows, ChainReport anchor) throws SQLException {
        long checked = 0;
        long previousSeq = anchor.lastSeq();
        String previousHash = anchor.lastHash();
        while (rows.next()) {
            long id = rows.getLong("id");
            long seq = rows.getLong("seq");
            Reason broken = check(rows, seq, previousSeq, previousHash);
            if (broken != null) {
                return new ChainReport(anchor.anchorSeq(), checked, previousSeq, previousHash,
                        new ChainBreak(seq, id, broken));
            }
            checked++;
            previousSeq = seq;
            previousHash = rows.getString("hash");
        }
        return new ChainReport(anchor.anchorSeq(), checked, previousSeq, previousHash, null);
    }

    /**
     * A row at the wrong position that still points to its true predecessor was moved; one that points
     * elsewhere follows a hole.
     */
    private static Reason check(ResultSet row, long seq, long previousSeq, String previousHash) throws SQLException {
        boolean linked = previousHash.equals(row.getString("prev_hash"));
        if (seq != previousSeq + 1) {
            return seq > previousSeq + 1 && !linked ? Reason.ROW_MISSING : Reason.ORDER_CHANGED;
        }
        if (!linked) {
            return Reason.LINK_BROKEN;
        }
        String expected = AuditHash.of(seq, row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"), row.getString("case_type"), row.getLong("case_id"), row.getString("action"),
                row.getString("details"), previousHash);
        return expected.equals(row.getString("hash")) ? null : Reason.CONTENT_EDITED;
    }
}
