package fr.parcours.council.civic;

import java.time.LocalDate;

/** An interpellation sent by the council, possibly decided at one of its meetings ({@code decidedAtMeetingId}). */
public record NewInterpellation(LocalDate sentOn, Institution institution, String addressee, String subject,
                                String summary, Long decidedAtMeetingId) {
}
