package fr.parcours.collective.tracks;

/** A structure found by the census is invited; it participates once present (or joining); it may drop out. */
public enum ParticipationStatus {
    INVITED, PARTICIPATING, DROPPED_OUT
}
