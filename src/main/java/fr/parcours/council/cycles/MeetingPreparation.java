package fr.parcours.council.cycles;

import java.io.Serializable;
import java.time.LocalDate;

/** The meeting as prepared with the council: its date, the agenda co-built, invitations, the room booked. */
public record MeetingPreparation(LocalDate plannedOn, String agenda, boolean invitationsSent, String room,
                                 String recordedBy) implements Serializable {
}
