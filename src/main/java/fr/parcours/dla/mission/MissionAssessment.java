package fr.parcours.dla.mission;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The officer's assessment of one mission. */
@Entity
@Table(name = "mission_assessment")
public class MissionAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;

    @Enumerated(EnumType.STRING)
    private ObjectivesAchieved objectivesAchieved;

    private String comment;
    private String assessedBy;
    private Instant assessedAt;

    protected MissionAssessment() {
    }

    MissionAssessment(long missionId, AssessmentVerdict verdict, Instant at) {
        this.missionId = missionId;
        this.objectivesAchieved = verdict.achieved();
        this.comment = verdict.comment();
        this.assessedBy = verdict.assessedBy();
        this.assessedAt = at;
    }

    public long getMissionId() {
        return missionId;
    }

    public ObjectivesAchieved getObjectivesAchieved() {
        return objectivesAchieved;
    }

    public String getComment() {
        return comment;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
