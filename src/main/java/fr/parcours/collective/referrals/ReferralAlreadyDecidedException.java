package fr.parcours.collective.referrals;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A coordinator decided on a referral that a colleague has decided on meanwhile: nothing is changed. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ReferralAlreadyDecidedException extends RuntimeException {

    public ReferralAlreadyDecidedException(long referralId) {
        super("Referral " + referralId + " is already decided");
    }
}
