package fr.parcours.dla.diagnostic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One interview of the shared diagnostic, held with the structure's leaders. */
@Entity
@Table(name = "diagnostic_interview")
public class Interview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accompanimentId;
    private LocalDate heldOn;
    private String participants;
    private String notes;
    private String recordedBy;
    private Instant recordedAt;

    protected Interview() {
    }

    Interview(long accompanimentId, InterviewReport report, Instant recordedAt) {
        this.accompanimentId = accompanimentId;
        this.heldOn = report.heldOn();
        this.participants = report.participants();
        this.notes = report.notes();
        this.recordedBy = report.recordedBy();
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccompanimentId() {
        return accompanimentId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getParticipants() {
        return participants;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
