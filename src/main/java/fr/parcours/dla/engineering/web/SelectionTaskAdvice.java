package fr.parcours.dla.engineering.web;

import fr.parcours.tasklist.TaskGoneException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A selection task completed meanwhile (or never visible to this user) gives a clear message, not an error. */
@ControllerAdvice(assignableTypes = {SpecificationsController.class, PreselectionController.class,
        ProposalsController.class, ScoresController.class, ChoiceController.class})
class SelectionTaskAdvice {

    @ExceptionHandler({TaskGoneException.class, OptimisticLockingException.class})
    String taskGone(RedirectAttributes redirect) {
        redirect.addFlashAttribute("warning", "task.gone");
        return "redirect:/";
    }
}
