package fr.parcours.council.cycles;

import java.io.Serializable;

/** The facilitator's report closing a cycle. */
public record CycleReport(String report, String recordedBy) implements Serializable {
}
