package fr.parcours.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Append-only: one business change, who made it and when. */
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

    protected AuditRecord() {
    }

    AuditRecord(CaseEvent event) {
        this.occurredAt = event.at();
        this.actor = event.actor();
        this.caseType = event.caseType();
        this.caseId = event.caseId();
        this.action = event.action();
        this.details = event.details() == null || event.details().length() <= 4000
                ? event.details() : event.details().substring(0, 3999) + "…";
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
}
