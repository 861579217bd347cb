package fr.parcours.dla.engineering;

import java.io.Serializable;
import java.math.BigDecimal;

/** The cahier des charges of one ingénierie as the officer wrote it. */
public record Specifications(String objectives, String deliverables, BigDecimal plannedDays, BigDecimal budgetCap,
                             String writtenBy) implements Serializable {
}
