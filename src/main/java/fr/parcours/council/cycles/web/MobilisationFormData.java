package fr.parcours.council.cycles.web;

import fr.parcours.council.cycles.MobilisationKind;
import fr.parcours.council.cycles.MobilisationReport;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** One mobilisation action: its kind, its date, the contacts made and the new members it brought. */
public class MobilisationFormData extends TimedTaskFormData {

    @NotNull
    private MobilisationKind kind;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotNull
    @PositiveOrZero
    @Max(10000)
    private Integer contactsMade;

    @NotNull
    @PositiveOrZero
    @Max(1000)
    private Integer newMembers;

    private boolean moreActions;

    /** New members are among the inhabitants met. */
    void validate(Errors errors) {
        if (contactsMade != null && newMembers != null && newMembers > contactsMade) {
            errors.rejectValue("newMembers", "council.mobilisation.more-members-than-contacts");
        }
    }

    MobilisationReport toReport(String userId) {
        return new MobilisationReport(kind, heldOn, contactsMade, newMembers, moreActions, userId);
    }

    public MobilisationKind getKind() {
        return kind;
    }

    public void setKind(MobilisationKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getContactsMade() {
        return contactsMade;
    }

    public void setContactsMade(Integer contactsMade) {
        this.contactsMade = contactsMade;
    }

    public Integer getNewMembers() {
        return newMembers;
    }

    public void setNewMembers(Integer newMembers) {
        this.newMembers = newMembers;
    }

    public boolean isMoreActions() {
        return moreActions;
    }

    public void setMoreActions(boolean moreActions) {
        this.moreActions = moreActions;
    }
}
