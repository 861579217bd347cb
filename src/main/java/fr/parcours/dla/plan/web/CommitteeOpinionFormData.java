package fr.parcours.dla.plan.web;

import fr.parcours.casework.Texts;
import fr.parcours.dla.plan.CommitteeOpinionReport;
import fr.parcours.dla.web.AccompanimentTask;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The comité d'appui's meeting: who sat, its opinion and recommendations, and the officer's decision. */
public class CommitteeOpinionFormData {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate meetingOn;

    @NotBlank
    @Size(max = 2000)
    private String membersPresent;

    @NotBlank
    @Size(max = 4000)
    private String opinion;

    @Size(max = 4000)
    private String recommendations;

    @NotNull
    private Boolean amendPlan;

    void validateDates(Errors errors, AccompanimentTask caseTask) {
        caseTask.checkDate(errors, "meetingOn", meetingOn);
    }

    CommitteeOpinionReport toReport(String userId) {
        return new CommitteeOpinionReport(meetingOn, membersPresent.strip(), opinion.strip(),
                Texts.optional(recommendations), amendPlan,
                userId);
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public void setMeetingOn(LocalDate meetingOn) {
        this.meetingOn = meetingOn;
    }

    public String getMembersPresent() {
        return membersPresent;
    }

    public void setMembersPresent(String membersPresent) {
        this.membersPresent = membersPresent;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public Boolean getAmendPlan() {
        return amendPlan;
    }

    public void setAmendPlan(Boolean amendPlan) {
        this.amendPlan = amendPlan;
    }
}
