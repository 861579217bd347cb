package fr.parcours.dla.mission.web;

import fr.parcours.casework.Texts;
import fr.parcours.dla.mission.SatisfactionScores;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The structure's satisfaction, as the officer collected it: each criterion from 1 to 5. */
public class SatisfactionFormData {

    @NotNull
    @Min(1)
    @Max(5)
    private Integer quality;

    @NotNull
    @Min(1)
    @Max(5)
    private Integer listening;

    @NotNull
    @Min(1)
    @Max(5)
    private Integer usefulness;

    @Size(max = 2000)
    private String comment;

    SatisfactionScores toScores(String userId) {
        return new SatisfactionScores(quality, listening, usefulness,
                Texts.optional(comment), userId);
    }

    public Integer getQuality() {
        return quality;
    }

    public void setQuality(Integer quality) {
        this.quality = quality;
    }

    public Integer getListening() {
        return listening;
    }

    public void setListening(Integer listening) {
        this.listening = listening;
    }

    public Integer getUsefulness() {
        return usefulness;
    }

    public void setUsefulness(Integer usefulness) {
        this.usefulness = usefulness;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
