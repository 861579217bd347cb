package fr.parcours.collective.selection;

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

/** The outcome told to one consultant preselected for a collective: its own result, never the competitors'. */
@Entity
@Table(name = "collective_consultant_notice")
public class CollectiveNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long collectiveId;
    private long organisationId;

    @Enumerated(EnumType.STRING)
    private NoticeOutcome outcome;

    private LocalDate decidedOn;
    private Instant createdAt;

    protected CollectiveNotice() {
    }

    public CollectiveNotice(long collectiveId, long organisationId, NoticeOutcome outcome, LocalDate decidedOn,
                            Instant createdAt) {
        this.collectiveId = collectiveId;
        this.organisationId = organisationId;
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getCollectiveId() {
        return collectiveId;
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
}
