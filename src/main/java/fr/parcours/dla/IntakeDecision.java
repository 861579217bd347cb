package fr.parcours.dla;

import java.io.Serializable;

/** What the officer decided at intake; referral fields are set only for {@link IntakeOutcome#REFERRED}. */
public record IntakeDecision(IntakeOutcome outcome, String referralPartner, String referralReason, String decidedBy)
        implements Serializable {

    public boolean accepted() {
        return outcome == IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC;
    }
}
