package fr.parcours.council.civic;

import java.time.LocalDate;

/** The institution's answer to an interpellation: when it came and what it says. */
public record InterpellationAnswer(LocalDate answeredOn, String summary) {
}
