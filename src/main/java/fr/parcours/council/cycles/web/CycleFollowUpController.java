package fr.parcours.council.cycles.web;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_FOLLOW_UP_ACTIONS;

import fr.parcours.council.cycles.ActionStatus;
import fr.parcours.council.cycles.CouncilAction;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.cycles.SupportNeeded;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The follow-up task: owner, support needed and status of each action the council decided. */
@Controller
@RequestMapping("/councils/tasks/{taskId}/follow-up")
class CycleFollowUpController {

    private final CycleTasks tasks;
    private final CouncilCycles cycles;
    private final Clock clock;

    CycleFollowUpController(CycleTasks tasks, CouncilCycles cycles, Clock clock) {
        this.tasks = tasks;
        this.cycles = cycles;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        CycleTask task = tasks.open(taskId, TASK_FOLLOW_UP_ACTIONS, authentication.getName());
        model.addAttribute("form", FollowUpFormData.of(cycles.decidedActions(task.cycle().getId())));
        return showForm(task, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") FollowUpFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CycleTask task = tasks.open(taskId, TASK_FOLLOW_UP_ACTIONS, authentication.getName());
        form.validate(errors, cycles.decidedActions(task.cycle().getId()).stream().map(CouncilAction::getId).toList(),
                LocalDate.now(clock));
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task, authentication.getName(), form.toFollowUp(authentication.getName()),
                form.getHoursSpent());
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/councils/" + task.council().getId();
    }

    private String showForm(CycleTask task, Model model) {
        task.addTo(model);
        model.addAttribute("decided", cycles.decidedActions(task.cycle().getId()));
        model.addAttribute("supports", SupportNeeded.values());
        model.addAttribute("statuses", ActionStatus.values());
        return "council/follow-up";
    }
}
