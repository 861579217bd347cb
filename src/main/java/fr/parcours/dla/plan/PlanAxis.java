package fr.parcours.dla.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One prioritised axis of a plan revision. */
@Entity
@Table(name = "plan_axis")
public class PlanAxis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accompanimentId;
    private int revision;
    private int priority;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private Treatment treatment;

    private String createdBy;
    private Instant createdAt;

    protected PlanAxis() {
    }

    public PlanAxis(long accompanimentId, int revision, int priority, String title, String description,
                    Treatment treatment, String createdBy, Instant createdAt) {
        this.accompanimentId = accompanimentId;
        this.revision = revision;
        this.priority = priority;
        this.title = title;
        this.description = description;
        this.treatment = treatment;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccompanimentId() {
        return accompanimentId;
    }

    public int getRevision() {
        return revision;
    }

    public int getPriority() {
        return priority;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Treatment getTreatment() {
        return treatment;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
