/**
 * Entry from an individual DLA: a referral recorded when the comité d'appui keeps a collective ingénierie axis,
 * then accepted into a running collective of the region (a late join) or declined by its coordinators.
 */
package fr.parcours.collective.referrals;
