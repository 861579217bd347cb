package fr.parcours.dla.web;

import fr.parcours.dla.Accompaniment;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.task.Task;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * An open officer task with its case, already checked to be in the user's scope, and the dates its form's
 * date fields must lie between: the day the case was opened and today.
 */
public record AccompanimentTask(Task task, Accompaniment accompaniment, LocalDate openedOn, LocalDate today) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Rejects a date before the case was opened or in the future; a missing date is left to @NotNull. */
    public void checkDate(Errors errors, String field, LocalDate date) {
        if (date == null || errors.hasFieldErrors(field)) {
            return;
        }
        if (date.isBefore(openedOn)) {
            errors.rejectValue(field, "DateBeforeOpening", new Object[] {openedOn.format(DAY)}, null);
        } else if (date.isAfter(today)) {
            errors.rejectValue(field, "DateInFuture");
        }
    }

    public void addTo(Model model) {
        model.addAttribute("task", task);
        model.addAttribute("accompaniment", accompaniment);
        model.addAttribute("openedOn", openedOn);
        model.addAttribute("today", today);
    }
}
