package fr.parcours.council;

import java.io.Serializable;

/** The facilitator's report closing a cycle. */
public record CycleReport(String report, String recordedBy) implements Serializable {
}
