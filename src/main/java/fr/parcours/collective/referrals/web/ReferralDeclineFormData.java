package fr.parcours.collective.referrals.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Declining a referred structure: the officer and the structure read why on the individual case. */
public class ReferralDeclineFormData {

    @NotBlank
    @Size(max = 2000)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
