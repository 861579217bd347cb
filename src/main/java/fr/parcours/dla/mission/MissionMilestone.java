package fr.parcours.dla.mission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One progress report of a mission: days spent in the period and deliverables handed over. */
@Entity
@Table(name = "mission_milestone")
public class MissionMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;
    private LocalDate milestoneDate;
    private BigDecimal daysSpent;
    private String deliverables;
    private String justification;
    private boolean finished;
    private String reportedBy;
    private Instant reportedAt;

    protected MissionMilestone() {
    }

    MissionMilestone(long missionId, ProgressReport report, Instant at) {
        this.missionId = missionId;
        this.milestoneDate = report.date();
        this.daysSpent = report.daysSpent();
        this.deliverables = report.deliverables();
        this.justification = report.justification();
        this.finished = report.finished();
        this.reportedBy = report.reportedBy();
        this.reportedAt = at;
    }

    public long getMissionId() {
        return missionId;
    }

    public LocalDate getMilestoneDate() {
        return milestoneDate;
    }

    public BigDecimal getDaysSpent() {
        return daysSpent;
    }

    public String getDeliverables() {
        return deliverables;
    }

    public String getJustification() {
        return justification;
    }

    public boolean isFinished() {
        return finished;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
