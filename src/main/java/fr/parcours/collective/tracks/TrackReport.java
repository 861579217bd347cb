package fr.parcours.collective.tracks;

import java.io.Serializable;

/**
 * One step of a structure's own track: its needs (first step) or a work note (later steps), and where
 * the track goes next. A drop-out carries its reason.
 */
public record TrackReport(String text, TrackOutcome outcome, String dropOutReason, String recordedBy)
        implements Serializable {

    public boolean droppedOut() {
        return outcome == TrackOutcome.DROPPED_OUT;
    }
}
