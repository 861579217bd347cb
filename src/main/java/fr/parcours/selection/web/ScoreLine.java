package fr.parcours.selection.web;

import fr.parcours.selection.ProposalScore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One received proposal's line of the scoring grid; the maxima are those of {@link ProposalScore}. */
public class ScoreLine {

    @NotNull
    private Long candidateId;

    @NotNull
    @Min(0)
    @Max(ProposalScore.MAX_UNDERSTANDING)
    private Integer understanding;

    @NotNull
    @Min(0)
    @Max(ProposalScore.MAX_METHOD)
    private Integer method;

    @NotNull
    @Min(0)
    @Max(ProposalScore.MAX_TEAM)
    private Integer team;

    @NotNull
    @Min(0)
    @Max(ProposalScore.MAX_PRICE)
    private Integer price;

    public ScoreLine() {
    }

    public ScoreLine(Long candidateId) {
        this.candidateId = candidateId;
    }

    public ProposalScore toScore() {
        return new ProposalScore(candidateId, understanding, method, team, price);
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public void setCandidateId(Long candidateId) {
        this.candidateId = candidateId;
    }

    public Integer getUnderstanding() {
        return understanding;
    }

    public void setUnderstanding(Integer understanding) {
        this.understanding = understanding;
    }

    public Integer getMethod() {
        return method;
    }

    public void setMethod(Integer method) {
        this.method = method;
    }

    public Integer getTeam() {
        return team;
    }

    public void setTeam(Integer team) {
        this.team = team;
    }

    public Integer getPrice() {
        return price;
    }

    public void setPrice(Integer price) {
        this.price = price;
    }
}
