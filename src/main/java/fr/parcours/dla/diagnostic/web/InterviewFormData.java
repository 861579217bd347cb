package fr.parcours.dla.diagnostic.web;

import fr.parcours.casework.Texts;
import fr.parcours.dla.diagnostic.InterviewReport;
import fr.parcours.dla.web.AccompanimentTask;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** One diagnostic interview: when, with whom, what was said, and whether another one is needed. */
public class InterviewFormData {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank
    @Size(max = 2000)
    private String participants;

    @Size(max = 4000)
    private String notes;

    @NotNull
    private Boolean moreInterviews;

    /** The interview took place during this accompaniment, so between its opening and today. */
    void validateDates(Errors errors, AccompanimentTask caseTask) {
        caseTask.checkDate(errors, "heldOn", heldOn);
    }

    InterviewReport toReport(String userId) {
        return new InterviewReport(heldOn, participants.strip(), Texts.optional(notes), moreInterviews, userId);
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Boolean getMoreInterviews() {
        return moreInterviews;
    }

    public void setMoreInterviews(Boolean moreInterviews) {
        this.moreInterviews = moreInterviews;
    }
}
