package fr.parcours.audit.history;

import java.time.Instant;

/** A process variable the engine set for a case, with its value before (null when first set) and after. */
public record VariableChange(Instant at, String name, String before, String after) {
}
