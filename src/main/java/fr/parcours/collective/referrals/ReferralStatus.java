package fr.parcours.collective.referrals;

/** A referral waits for the region's coordinators, who accept it into a collective or decline it. */
public enum ReferralStatus {
    PENDING, ACCEPTED, DECLINED
}
