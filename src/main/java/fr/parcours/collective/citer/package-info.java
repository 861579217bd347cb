/**
 * CITER with figures: the avoided-cost estimate of the economic register (interventions by type × unit cost avoided,
 * each coefficient with its source, per region) and its assumptions.
 */
package fr.parcours.collective.citer;
