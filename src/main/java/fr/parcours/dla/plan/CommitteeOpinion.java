package fr.parcours.dla.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The comité d'appui's opinion on one revision of the plan: it advises, the officer decides. */
@Entity
@Table(name = "committee_opinion")
public class CommitteeOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accompanimentId;
    private int planRevision;
    private LocalDate meetingOn;
    private String membersPresent;
    private String opinion;
    private String recommendations;
    private boolean amendPlan;
    private String recordedBy;
    private Instant recordedAt;

    protected CommitteeOpinion() {
    }

    CommitteeOpinion(long accompanimentId, int planRevision, CommitteeOpinionReport report, Instant recordedAt) {
        this.accompanimentId = accompanimentId;
        this.planRevision = planRevision;
        this.meetingOn = report.meetingOn();
        this.membersPresent = report.membersPresent();
        this.opinion = report.opinion();
        this.recommendations = report.recommendations();
        this.amendPlan = report.amendPlan();
        this.recordedBy = report.recordedBy();
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccompanimentId() {
        return accompanimentId;
    }

    public int getPlanRevision() {
        return planRevision;
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public String getMembersPresent() {
        return membersPresent;
    }

    public String getOpinion() {
        return opinion;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public boolean isAmendPlan() {
        return amendPlan;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
