package fr.parcours.dla.mission.web;

import fr.parcours.dla.mission.EndOfMissionReport;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The consultant's end-of-mission report. */
public class EndReportFormData {

    @NotBlank
    @Size(max = 4000)
    private String summary;

    @NotBlank
    @Size(max = 4000)
    private String results;

    @NotBlank
    @Size(max = 4000)
    private String recommendations;

    @NotNull
    @Positive
    @Digits(integer = 4, fraction = 1)
    private BigDecimal totalDays;

    EndOfMissionReport toReport(String userId) {
        return new EndOfMissionReport(summary.strip(), results.strip(), recommendations.strip(), totalDays, userId);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public BigDecimal getTotalDays() {
        return totalDays;
    }

    public void setTotalDays(BigDecimal totalDays) {
        this.totalDays = totalDays;
    }
}
