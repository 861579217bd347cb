package fr.parcours.collective;

/** A coordinator decided on a referral that a colleague has decided on meanwhile. */
public class ReferralAlreadyDecidedException extends RuntimeException {

    public ReferralAlreadyDecidedException(long referralId) {
        super("Referral " + referralId + " is already decided");
    }
}
