package fr.parcours.council.cycles;

import java.io.Serializable;
import java.time.LocalDate;

/** Follow-up of one decided action: who carries it, the support it needs, its status, when it was done. */
public record ActionUpdate(long actionId, String owner, SupportNeeded support, ActionStatus status,
                           LocalDate doneOn) implements Serializable {
}
