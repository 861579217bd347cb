package fr.parcours.collective.adultesrelais.web;

import fr.parcours.collective.adultesrelais.AdulteRelaisAgreement;
import fr.parcours.collective.adultesrelais.RenewalOutcome;
import fr.parcours.collective.adultesrelais.RenewalPlan;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The plan for a post whose agreement ends: renewed (to a later end, with its State aid), made permanent, or ended. */
public class RenewalPlanFormData {

    @NotNull
    private RenewalOutcome outcome;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newEndDate;

    @Positive
    @Digits(integer = 10, fraction = 2)
    private BigDecimal stateAid;

    void validate(Errors errors, AdulteRelaisAgreement agreement) {
        if (decidedOn != null && decidedOn.isBefore(agreement.getStartDate())) {
            errors.rejectValue("decidedOn", "adultes-relais.error.before-start");
        }
        if (outcome == RenewalOutcome.RENEW) {
            if (newEndDate == null) {
                errors.rejectValue("newEndDate", "NotNull");
            } else if (!newEndDate.isAfter(agreement.getEndDate())) {
                errors.rejectValue("newEndDate", "adultes-relais.error.renewal-not-later");
            }
            if (stateAid == null && !errors.hasFieldErrors("stateAid")) {
                errors.rejectValue("stateAid", "NotNull");
            }
        }
    }

    RenewalPlan toPlan(String userId) {
        boolean renew = outcome == RenewalOutcome.RENEW;
        return new RenewalPlan(outcome, decidedOn, renew ? newEndDate : null, renew ? stateAid : null, userId);
    }

    public RenewalOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(RenewalOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public LocalDate getNewEndDate() {
        return newEndDate;
    }

    public void setNewEndDate(LocalDate newEndDate) {
        this.newEndDate = newEndDate;
    }

    public BigDecimal getStateAid() {
        return stateAid;
    }

    public void setStateAid(BigDecimal stateAid) {
        this.stateAid = stateAid;
    }
}
