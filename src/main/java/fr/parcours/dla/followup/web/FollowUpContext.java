package fr.parcours.dla.followup.web;

import java.time.LocalDate;

/**
 * What the follow-up form needs to know of its case: the number of this follow-up, whether the schedule
 * plans no other one, the case's opening day, today, and the aided contracts left (null when unknown).
 */
record FollowUpContext(int number, boolean lastPlanned, LocalDate openedOn, LocalDate today,
                       Integer aidedContractsLeft) {
}
