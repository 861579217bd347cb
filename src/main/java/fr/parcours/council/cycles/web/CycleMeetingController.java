package fr.parcours.council.cycles.web;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_HOLD_MEETING;

import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.CouncilMembers;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

/** The meeting task: attendance, minutes, expectations voiced and the decisions the council took, or a cancellation. */
@Controller
@RequestMapping("/councils/tasks/{taskId}/meeting")
class CycleMeetingController {

    private final CycleTasks tasks;
    private final CouncilMembers members;
    private final CouncilCycles cycles;
    private final Clock clock;

    CycleMeetingController(CycleTasks tasks, CouncilMembers members, CouncilCycles cycles, Clock clock) {
        this.tasks = tasks;
        this.members = members;
        this.cycles = cycles;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        CycleTask task = tasks.open(taskId, TASK_HOLD_MEETING, authentication.getName());
        model.addAttribute("form", new MeetingFormData());
        return showForm(task, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") MeetingFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CycleTask task = tasks.open(taskId, TASK_HOLD_MEETING, authentication.getName());
        form.validate(errors, members(task).stream().map(CouncilMember::getId).toList(),
                cycles.pendingMeeting(task.cycle().getId()).getPlannedOn(), LocalDate.now(clock));
        if (errors.hasErrors()) {
            return showForm(task, model);
        }
        tasks.complete(task, authentication.getName(), form.toReport(authentication.getName()),
                form.getHoursSpent());
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/councils/" + task.council().getId();
    }

    private String showForm(CycleTask task, Model model) {
        task.addTo(model);
        model.addAttribute("members", members(task));
        model.addAttribute("meeting", cycles.pendingMeeting(task.cycle().getId()));
        return "council/meeting";
    }

    private List<CouncilMember> members(CycleTask task) {
        return members.activeMembers(task.council().getId());
    }
}
