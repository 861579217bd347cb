package fr.parcours.collective.tracks;

/** What a step of a structure's own track decided: the track's gateways read it. */
public enum TrackOutcome {
    CONTINUING, DELIVERED, DROPPED_OUT
}
