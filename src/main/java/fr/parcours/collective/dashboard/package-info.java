/**
 * One collective's dashboard and CSV: one row per structure from one aggregate SQL statement, plus the open step
 * of every track.
 */
package fr.parcours.collective.dashboard;
