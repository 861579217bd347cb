package fr.parcours.dla.engineering;

import fr.parcours.selection.NoticeOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The outcome told to one preselected consultant: only its own result, never the competitors'. */
@Entity
@Table(name = "consultant_notice")
public class ConsultantNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;
    private long organisationId;

    @Enumerated(EnumType.STRING)
    private NoticeOutcome outcome;

    private LocalDate decidedOn;
    private Instant createdAt;

    protected ConsultantNotice() {
    }

    public ConsultantNotice(long missionId, long organisationId, NoticeOutcome outcome, LocalDate decidedOn,
                            Instant createdAt) {
        this.missionId = missionId;
        this.organisationId = organisationId;
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getMissionId() {
        return missionId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public NoticeOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
