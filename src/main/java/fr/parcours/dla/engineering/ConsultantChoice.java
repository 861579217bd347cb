package fr.parcours.dla.engineering;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The DLA's validation of the consultant chosen for one ingénierie, with its minutes (PV). */
@Entity
@Table(name = "consultant_choice")
public class ConsultantChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;
    private long candidateId;
    private String minutes;
    private LocalDate decidedOn;
    private String decidedBy;
    private Instant recordedAt;

    protected ConsultantChoice() {
    }

    public ConsultantChoice(long missionId, long candidateId, String minutes, LocalDate decidedOn, String decidedBy,
                            Instant recordedAt) {
        this.missionId = missionId;
        this.candidateId = candidateId;
        this.minutes = minutes;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getMissionId() {
        return missionId;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public String getMinutes() {
        return minutes;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
