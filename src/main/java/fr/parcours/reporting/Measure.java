package fr.parcours.reporting;

/**
 * What the report counts, each on the day it happened within the period: a request on the day it was
 * recorded; its acceptance or referral on the day of the intake decision; a diagnostic on the day the
 * leaders validated it; a plan on the day its first revision was drafted; an ingénierie individuelle on
 * the day of its launch meeting; a structure's ingénierie collective on the day it joined the collective;
 * a follow-up on the day of its meeting.
 */
public enum Measure {
    REQUESTS, ACCEPTED, REFERRED, DIAGNOSTICS, PLANS, INDIVIDUAL_ENGINEERING, COLLECTIVE_ENGINEERING, FOLLOW_UPS
}
