package fr.parcours.tasklist.web;

import fr.parcours.casework.TaskGoneException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any task form whose task was completed meanwhile (often by a colleague), or was never visible to
 * this user: back to the task list with a clear message, never an error page.
 */
@ControllerAdvice
class TaskGoneAdvice {

    @ExceptionHandler({TaskGoneException.class, OptimisticLockingException.class})
    String taskGone(RedirectAttributes redirect) {
        redirect.addFlashAttribute("warning", "task.gone");
        return "redirect:/";
    }
}
