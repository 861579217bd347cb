package fr.parcours.tasklist.web;

import fr.parcours.casework.TaskGoneException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any task form whose task was completed meanwhile (often by a colleague, on this node or another: the engine's
 * optimistic lock then refuses the second completion), or was never visible to this user: back to the task list
 * with a clear message, never an error page. It comes before {@code system.ConcurrentEditAdvice}, whose 409 page
 * is for the app's own records.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaskGoneAdvice {

    @ExceptionHandler({TaskGoneException.class, OptimisticLockingException.class})
    String taskGone(RedirectAttributes redirect) {
        redirect.addFlashAttribute("warning", "task.gone");
        return "redirect:/";
    }
}
