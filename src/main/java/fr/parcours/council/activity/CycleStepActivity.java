package fr.parcours.council.activity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The activity a cycle step stands for: who did it, when (null: the day it is recorded), and the hours they
 * reported (null if none).
 */
public record CycleStepActivity(long cycleId, ActivityKind kind, String facilitatorId, LocalDate performedOn,
                                BigDecimal hours) {
}
