package fr.parcours.dla.mission.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.validation.Errors;

/** The date rules every mission form shares: not in the future, not before a given day. */
final class MissionDates {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MissionDates() {
    }

    static void check(Errors errors, String field, LocalDate date, LocalDate earliest, String tooEarlyCode,
                      LocalDate today) {
        if (date == null || errors.hasFieldErrors(field)) {
            return;
        }
        if (date.isAfter(today)) {
            errors.rejectValue(field, "PastOrPresent");
        } else if (earliest != null && date.isBefore(earliest)) {
            errors.rejectValue(field, tooEarlyCode, new Object[] {earliest.format(FRENCH)}, null);
        }
    }
}
