/**
 * The census and the mobilisation meeting: the region's eligible structures listed with what was checked
 * (they are invited), then those present at the meeting (they participate, one track each). Recorded by
 * {@link fr.parcours.collective.CollectiveSteps}; the forms are in {@code web/}.
 */
package fr.parcours.collective.census;
