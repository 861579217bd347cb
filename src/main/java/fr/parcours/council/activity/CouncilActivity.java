package fr.parcours.council.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One action of a facilitator for a council, on one axis: a cycle step (with its cycle) or another activity
 * entered by hand. Hours are what the facilitator reported, none when they left the field empty.
 */
@Entity
@Table(name = "council_activity")
public class CouncilActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String facilitatorId;
    private Long councilId;
    private Long cycleId;
    private LocalDate performedOn;

    @Enumerated(EnumType.STRING)
    private ActivityAxis axis;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private BigDecimal hours;
    private String description;
    private Instant recordedAt;

    protected CouncilActivity() {
    }

    CouncilActivity(String facilitatorId, long councilId, Long cycleId, LocalDate performedOn, ActivityAxis axis,
                    ActivityKind kind, BigDecimal hours, String description, Instant recordedAt) {
        this.facilitatorId = facilitatorId;
        this.councilId = councilId;
        this.cycleId = cycleId;
        this.performedOn = performedOn;
        this.axis = axis;
        this.kind = kind;
        this.hours = hours;
        this.description = description;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getFacilitatorId() {
        return facilitatorId;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public ActivityAxis getAxis() {
        return axis;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getDescription() {
        return description;
    }
}
