package fr.parcours.selection.web;

import fr.parcours.selection.ChoiceValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The DLA's validation: the retained proposal, the minutes (PV) and the date of the decision. */
public class ChoiceFormData {

    @NotNull
    private Long candidateId;

    @NotBlank
    @Size(max = 4000)
    private String minutes;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    /** Required only when the choice would take the ingénierie budget over its envelope. */
    @Size(max = 2000)
    private String overEnvelopeReason;

    /** The retained proposal must be one that was received; the decision is dated within the case. */
    public void validate(OpenSelection opened, Errors errors) {
        if (candidateId != null && !opened.receivedIds().contains(candidateId)) {
            errors.rejectValue("candidateId", "engineering.error.not-a-choice");
        }
        if (decidedOn != null && !opened.withinCase(decidedOn)) {
            errors.rejectValue("decidedOn", "engineering.error.date-outside-case");
        }
    }

    public ChoiceValidation toChoice(String userId) {
        return new ChoiceValidation(candidateId, minutes.strip(), decidedOn, userId,
                hasOverEnvelopeReason() ? overEnvelopeReason.strip() : null);
    }

    public boolean hasOverEnvelopeReason() {
        return overEnvelopeReason != null && !overEnvelopeReason.isBlank();
    }

    public String getOverEnvelopeReason() {
        return overEnvelopeReason;
    }

    public void setOverEnvelopeReason(String overEnvelopeReason) {
        this.overEnvelopeReason = overEnvelopeReason;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public void setCandidateId(Long candidateId) {
        this.candidateId = candidateId;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
