package fr.parcours.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import fr.parcours.audit.chain.AuditHash;
import fr.parcours.audit.chain.AuditKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Append-only: one business change, who made it and when, chained to the record before it by
 * {@code prevHash} and sealed by {@code hash}, keyed with the {@link AuditKey} (see {@link AuditHash}).
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private String caseType;
    private long caseId;
    private String action;
    private String details;
    private long seq;
    private String prevHash;
    private String hash;

    protected AuditRecord() {
    }

    AuditRecord(CaseEvent event, long seq, String prevHash, AuditKey key) {
        // PostgreSQL keeps microseconds: the hash must cover the instant exactly as it is stored.
        this.occurredAt = event.at().truncatedTo(ChronoUnit.MICROS);
        this.actor = event.actor();
        this.caseType = event.caseType();
        this.caseId = event.caseId();
        this.action = event.action();
        this.details = event.details() == null || event.details().length() <= 4000
                ? event.details() : event.details().substring(0, 3999) + "…";
        this.seq = seq;
        this.prevHash = prevHash;
        this.hash = AuditHash.keyed(key, seq, occurredAt, actor, caseType, caseId, action, details, prevHash);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getCaseType() {
        return caseType;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }

    public long getSeq() {
        return seq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
