package fr.parcours.dla.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** When and by whom an accompaniment was closed, after its last follow-up. */
@Entity
@Table(name = "accompaniment_closure")
public class AccompanimentClosure {

    @Id
    private Long accompanimentId;
    private LocalDate closedOn;
    private String closedBy;
    private Instant closedAt;

    protected AccompanimentClosure() {
    }

    AccompanimentClosure(long accompanimentId, LocalDate closedOn, String closedBy, Instant closedAt) {
        this.accompanimentId = accompanimentId;
        this.closedOn = closedOn;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    public Long getAccompanimentId() {
        return accompanimentId;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
