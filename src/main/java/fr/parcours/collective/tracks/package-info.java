/**
 * One structure within a collective ({@link fr.parcours.collective.tracks.Participation}) and its own track: needs,
 * work notes until its deliverables, drop-out with a reason, late joins added to the running tracks, and the open
 * step of every track read for the dashboard in a bounded number of engine reads.
 */
package fr.parcours.collective.tracks;
