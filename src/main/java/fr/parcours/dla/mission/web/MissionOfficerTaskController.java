package fr.parcours.dla.mission.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_MISSION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_LAUNCH_MEETING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_SATISFACTION;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.mission.web.MissionTasks.MissionTask;
import fr.parcours.casework.CaseTasks;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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

/** The officer's tasks of a mission: the launch meeting, the structure's satisfaction, the assessment. */
@Controller
@RequestMapping("/dla/tasks/{taskId}")
class MissionOfficerTaskController {

    private final MissionTasks missionTasks;
    private final CaseTasks completer;
    private final Clock clock;

    MissionOfficerTaskController(MissionTasks missionTasks, CaseTasks completer, Clock clock) {
        this.missionTasks = missionTasks;
        this.completer = completer;
        this.clock = clock;
    }

    @GetMapping("/launch-meeting")
    String launchMeeting(@PathVariable String taskId, Authentication authentication, Model model) {
        LaunchMeetingFormData form = new LaunchMeetingFormData();
        form.setDate(LocalDate.now(clock));
        model.addAttribute("form", form);
        return show(TASK_HOLD_LAUNCH_MEETING, "mission/launch-meeting", taskId, authentication, model);
    }

    @PostMapping("/launch-meeting")
    String recordLaunchMeeting(@PathVariable String taskId, @Valid @ModelAttribute("form") LaunchMeetingFormData form,
                               BindingResult errors, Authentication authentication, Model model,
                               RedirectAttributes redirect) {
        MissionTask open = open(TASK_HOLD_LAUNCH_MEETING, taskId, authentication, model);
        form.validate(errors, open.context(), LocalDate.now(clock));
        if (errors.hasErrors()) {
            return "mission/launch-meeting";
        }
        return complete(open, form.toMinutes(authentication.getName()), authentication, redirect);
    }

    @GetMapping("/satisfaction")
    String satisfaction(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new SatisfactionFormData());
        return show(TASK_RECORD_SATISFACTION, "mission/satisfaction", taskId, authentication, model);
    }

    @PostMapping("/satisfaction")
    String recordSatisfaction(@PathVariable String taskId, @Valid @ModelAttribute("form") SatisfactionFormData form,
                              BindingResult errors, Authentication authentication, Model model,
                              RedirectAttributes redirect) {
        MissionTask open = open(TASK_RECORD_SATISFACTION, taskId, authentication, model);
        if (errors.hasErrors()) {
            return "mission/satisfaction";
        }
        return complete(open, form.toScores(authentication.getName()), authentication, redirect);
    }

    @GetMapping("/mission-assessment")
    String assessment(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("form", new AssessmentFormData());
        return show(TASK_ASSESS_MISSION, "mission/assessment", taskId, authentication, model);
    }

    @PostMapping("/mission-assessment")
    String recordAssessment(@PathVariable String taskId, @Valid @ModelAttribute("form") AssessmentFormData form,
                            BindingResult errors, Authentication authentication, Model model,
                            RedirectAttributes redirect) {
        MissionTask open = open(TASK_ASSESS_MISSION, taskId, authentication, model);
        if (errors.hasErrors()) {
            return "mission/assessment";
        }
        return complete(open, form.toVerdict(authentication.getName()), authentication, redirect);
    }

    private String show(String taskKey, String view, String taskId, Authentication authentication, Model model) {
        open(taskKey, taskId, authentication, model);
        return view;
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
        return "redirect:/dla/accompaniments/" + open.file().accompanimentId();
    }
}
