package fr.parcours.dla.mission.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REPORT_MISSION_PROGRESS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_END_REPORT;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.mission.web.MissionTasks.MissionTask;
import fr.parcours.casework.CaseTasks;
import fr.parcours.casework.TaskGoneException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consultant's tasks of a mission: progress milestones and the end-of-mission report. */
@Controller
@RequestMapping("/missions/tasks/{taskId}")
class MissionConsultantTaskController {

    private final MissionTasks missionTasks;
    private final CaseTasks completer;
    private final Clock clock;

    MissionConsultantTaskController(MissionTasks missionTasks, CaseTasks completer, Clock clock) {
        this.missionTasks = missionTasks;
        this.completer = completer;
        this.clock = clock;
    }

    @GetMapping("/progress")
    String progress(@PathVariable String taskId, Authentication authentication, Model model) {
        ProgressFormData form = new ProgressFormData();
        form.setDate(LocalDate.now(clock));
        model.addAttribute("form", form);
        open(TASK_REPORT_MISSION_PROGRESS, taskId, authentication, model);
        return "mission/progress";
    }

    @PostMapping("/progress")
    String reportProgress(@PathVariable String taskId, @Valid @ModelAttribute("form") ProgressFormData form,
                          BindingResult errors, Authentication authentication, Model model,
                          RedirectAttributes redirect) {
        MissionTask open = open(TASK_REPORT_MISSION_PROGRESS, taskId, authentication, model);
        form.validate(errors, open.context(), LocalDate.now(clock));
        if (errors.hasErrors()) {
            return "mission/progress";
        }
        return complete(open, form.toReport(authentication.getName()), authentication, redirect);
    }

    @GetMapping("/end-report")
    String endReport(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new EndReportFormData());
        open(TASK_WRITE_END_REPORT, taskId, authentication, model);
        return "mission/end-report";
    }

    @PostMapping("/end-report")
    String writeEndReport(@PathVariable String taskId, @Valid @ModelAttribute("form") EndReportFormData form,
                          BindingResult errors, Authentication authentication, Model model,
                          RedirectAttributes redirect) {
        MissionTask open = open(TASK_WRITE_END_REPORT, taskId, authentication, model);
        if (errors.hasErrors()) {
            return "mission/end-report";
        }
        return complete(open, form.toReport(authentication.getName()), authentication, redirect);
    }

    @ExceptionHandler({TaskGoneException.class, OptimisticLockingException.class})
    String taskGone(RedirectAttributes redirect) {
        redirect.addFlashAttribute("warning", "task.gone");
        return "redirect:/missions";
    }

    private MissionTask open(String taskKey, String taskId, Authentication authentication, Model model) {
        MissionTask open = missionTasks.open(taskId, taskKey, authentication.getName());
        model.addAttribute("task", open.task());
        model.addAttribute("file", open.file());
        model.addAttribute("context", open.context());
        return open;
    }

    private String complete(MissionTask open, Object submission, Authentication authentication,
                            RedirectAttributes redirect) {
        completer.complete(open.task().getId(), open.task().getTaskDefinitionKey(), authentication.getName(),
                Map.of(VAR_SUBMISSION, submission));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/missions/" + open.file().mission().getId();
    }
}
