package fr.parcours.dla.web;

import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** The accueil form: accept for diagnostic, or refer elsewhere with a partner and a reason. */
public class IntakeReviewFormData {

    @NotNull
    private IntakeOutcome outcome;

    @Size(max = 200)
    private String referralPartner;

    @Size(max = 2000)
    private String referralReason;

    /** Rules that span fields: a referral names its partner and its reason. */
    void validateReferral(Errors errors) {
        if (outcome == IntakeOutcome.REFERRED) {
            if (referralPartner == null || referralPartner.isBlank()) {
                errors.rejectValue("referralPartner", "NotBlank");
            }
            if (referralReason == null || referralReason.isBlank()) {
                errors.rejectValue("referralReason", "NotBlank");
            }
        }
    }

    IntakeDecision toDecision(String userId) {
        boolean referred = outcome == IntakeOutcome.REFERRED;
        return new IntakeDecision(outcome, referred ? referralPartner.strip() : null,
                referred ? referralReason.strip() : null, userId);
    }

    public IntakeOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(IntakeOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReferralPartner() {
        return referralPartner;
    }

    public void setReferralPartner(String referralPartner) {
        this.referralPartner = referralPartner;
    }

    public String getReferralReason() {
        return referralReason;
    }

    public void setReferralReason(String referralReason) {
        this.referralReason = referralReason;
    }
}
