package fr.parcours.dla.mission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The consultant's end-of-mission report. */
@Entity
@Table(name = "mission_end_report")
public class EndReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;
    private String summary;
    private String results;
    private String recommendations;
    private BigDecimal totalDays;
    private String writtenBy;
    private Instant writtenAt;

    protected EndReport() {
    }

    EndReport(long missionId, EndOfMissionReport report, Instant at) {
        this.missionId = missionId;
        this.summary = report.summary();
        this.results = report.results();
        this.recommendations = report.recommendations();
        this.totalDays = report.totalDays();
        this.writtenBy = report.writtenBy();
        this.writtenAt = at;
    }

    public long getMissionId() {
        return missionId;
    }

    public String getSummary() {
        return summary;
    }

    public String getResults() {
        return results;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public BigDecimal getTotalDays() {
        return totalDays;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
