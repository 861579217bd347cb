package fr.parcours.dla.followup.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_FOLLOW_UPS_DONE;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.FollowUpSchedule;
import fr.parcours.dla.followup.FollowUpHistory;
import fr.parcours.dla.followup.FollowUpService;
import fr.parcours.dla.web.AccompanimentTask;
import fr.parcours.dla.web.AccompanimentTasks;
import fr.parcours.casework.CaseTasks;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

/** The suivi task: the officer records one follow-up meeting, its indicators and any new needs. */
@Controller
@RequestMapping("/dla/tasks/{taskId}/follow-up")
class FollowUpController {

    private final AccompanimentTasks caseTasks;
    private final TaskService taskService;
    private final CaseTasks tasks;
    private final FollowUpService followUps;
    private final FollowUpHistory history;
    private final FollowUpSchedule schedule;
    private final Clock clock;

    FollowUpController(AccompanimentTasks caseTasks, TaskService taskService, CaseTasks tasks, FollowUpService followUps,
                       FollowUpHistory history, FollowUpSchedule schedule, Clock clock) {
        this.caseTasks = caseTasks;
        this.taskService = taskService;
        this.tasks = tasks;
        this.followUps = followUps;
        this.history = history;
        this.schedule = schedule;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        FollowUpFormData form = new FollowUpFormData();
        form.setMeetingDate(LocalDate.now(clock));
        model.addAttribute("form", form);
        prepare(taskId, authentication, model);
        return "dla/follow-up/form";
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") FollowUpFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        form.validate(errors, prepare(taskId, authentication, model));
        if (errors.hasErrors()) {
            return "dla/follow-up/form";
        }
        tasks.complete(taskId, TASK_FOLLOW_UP, authentication.getName(),
                Map.of(VAR_SUBMISSION, form.toReport(authentication.getName())));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }

    /** Checks the task and the case are the user's, fills the model, and returns what validation needs. */
    private FollowUpContext prepare(String taskId, Authentication authentication, Model model) {
        AccompanimentTask caseTask = caseTasks.open(taskId, TASK_FOLLOW_UP, authentication.getName());
        Task task = caseTask.task();
        Accompaniment accompaniment = caseTask.accompaniment();
        long accompanimentId = accompaniment.getId();
        int number = (Integer) taskService.getVariable(task.getId(), VAR_FOLLOW_UPS_DONE) + 1;
        FollowUpContext context = new FollowUpContext(number, number >= schedule.count(),
                LocalDate.ofInstant(accompaniment.getCreatedAt(), clock.getZone()), LocalDate.now(clock),
                followUps.aidedContractsLeft(accompanimentId));
        model.addAttribute("task", task);
        model.addAttribute("accompaniment", accompaniment);
        model.addAttribute("context", context);
        model.addAttribute("previous", history.followUpsOf(accompanimentId));
        return context;
    }
}
