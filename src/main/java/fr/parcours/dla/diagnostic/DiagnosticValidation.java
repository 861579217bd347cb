package fr.parcours.dla.diagnostic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The structure leaders' validation of the diagnostic's conclusions ("not an audit": they own it). */
@Entity
@Table(name = "diagnostic_validation")
public class DiagnosticValidation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accompanimentId;
    private LocalDate validatedOn;
    private String validatedBy;
    private String comments;
    private String recordedBy;
    private Instant recordedAt;

    protected DiagnosticValidation() {
    }

    DiagnosticValidation(long accompanimentId, LeadersValidation validation, Instant recordedAt) {
        this.accompanimentId = accompanimentId;
        this.validatedOn = validation.validatedOn();
        this.validatedBy = validation.validators();
        this.comments = validation.comments();
        this.recordedBy = validation.recordedBy();
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccompanimentId() {
        return accompanimentId;
    }

    public LocalDate getValidatedOn() {
        return validatedOn;
    }

    public String getValidatedBy() {
        return validatedBy;
    }

    public String getComments() {
        return comments;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
