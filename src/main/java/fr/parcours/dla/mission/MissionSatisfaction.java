package fr.parcours.dla.mission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The structure's satisfaction with one mission (scores 1 to 5). */
@Entity
@Table(name = "mission_satisfaction")
public class MissionSatisfaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;
    private short quality;
    private short listening;
    private short usefulness;
    private String comment;
    private String recordedBy;
    private Instant recordedAt;

    protected MissionSatisfaction() {
    }

    MissionSatisfaction(long missionId, SatisfactionScores scores, Instant at) {
        this.missionId = missionId;
        this.quality = (short) scores.quality();
        this.listening = (short) scores.listening();
        this.usefulness = (short) scores.usefulness();
        this.comment = scores.comment();
        this.recordedBy = scores.recordedBy();
        this.recordedAt = at;
    }

    public long getMissionId() {
        return missionId;
    }

    public int getQuality() {
        return quality;
    }

    public int getListening() {
        return listening;
    }

    public int getUsefulness() {
        return usefulness;
    }

    public String getComment() {
        return comment;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
