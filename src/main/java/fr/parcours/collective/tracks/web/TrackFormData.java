package fr.parcours.collective.tracks.web;

import fr.parcours.casework.Texts;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import org.springframework.validation.Errors;

/**
 * One step of a structure's track: its needs (first step) or a work note (later), and where the track goes.
 * A drop-out needs its reason and nothing else; otherwise the text is required.
 */
public class TrackFormData {

    @NotNull
    private TrackOutcome outcome;

    @Size(max = 4000)
    private String text;

    @Size(max = 2000)
    private String dropOutReason;

    void validate(Errors errors, Collection<TrackOutcome> allowed) {
        if (outcome != null && !allowed.contains(outcome)) {
            errors.rejectValue("outcome", "NotAllowed");
        }
        if (outcome == TrackOutcome.DROPPED_OUT) {
            if (Texts.blank(dropOutReason)) {
                errors.rejectValue("dropOutReason", "NotBlank");
            }
        } else if (Texts.blank(text)) {
            errors.rejectValue("text", "NotBlank");
        }
    }

    TrackReport toReport(String userId) {
        boolean droppedOut = outcome == TrackOutcome.DROPPED_OUT;
        return new TrackReport(droppedOut ? null : Texts.optional(text), outcome,
                droppedOut ? Texts.optional(dropOutReason) : null, userId);
    }

    public TrackOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(TrackOutcome outcome) {
        this.outcome = outcome;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getDropOutReason() {
        return dropOutReason;
    }

    public void setDropOutReason(String dropOutReason) {
        this.dropOutReason = dropOutReason;
    }
}
