package fr.parcours.dla.diagnostic.web;

import fr.parcours.dla.plan.web.PlanTaskForms;
import fr.parcours.tasklist.TaskGoneException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A diagnostic or plan task completed by a colleague meanwhile: back to the task list with a clear message. */
@ControllerAdvice(name = "diagnosticPlanTaskGoneAdvice", basePackageClasses = {TaskGoneAdvice.class, PlanTaskForms.class})
class TaskGoneAdvice {

    @ExceptionHandler({TaskGoneException.class, OptimisticLockingException.class})
    String taskGone(RedirectAttributes redirect) {
        redirect.addFlashAttribute("warning", "task.gone");
        return "redirect:/";
    }
}
