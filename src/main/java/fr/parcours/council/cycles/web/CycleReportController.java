package fr.parcours.council.cycles.web;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_WRITE_CYCLE_REPORT;

import jakarta.validation.Valid;
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

/** The cycle report task, which closes the cycle. */
@Controller
@RequestMapping("/councils/tasks/{taskId}/report")
class CycleReportController {

    private final CycleTasks tasks;

    CycleReportController(CycleTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        CycleTask task = tasks.open(taskId, TASK_WRITE_CYCLE_REPORT, authentication.getName());
        model.addAttribute("form", new ReportFormData());
        return showForm(task, model);
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") ReportFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CycleTask task = tasks.open(taskId, TASK_WRITE_CYCLE_REPORT, authentication.getName());
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
        return "council/report";
    }
}
