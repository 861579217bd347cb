package fr.parcours.council.civic;

import java.time.LocalDate;
import java.util.Set;

/** A steering-body meeting the council took part in: who of its members sat there, what it said and obtained. */
public record NewSteeringMeeting(LocalDate heldOn, SteeringBody body, String bodyName, String subject,
                                 Set<Long> attendeeIds, String councilPosition, String obtained) {
}
