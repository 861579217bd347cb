package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_SCORE_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.selection.web.ScoresFormData;
import fr.parcours.casework.CaseTasks;
import jakarta.validation.Valid;
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

/** The structure scores every received proposal on the grid; the officer enters the scores. */
@Controller
@RequestMapping("/dla/tasks/{taskId}/" + SelectionTaskForms.SCORES)
class ScoresController {

    private static final String VIEW = "dla/engineering/scores";

    private final SelectionTasks selectionTasks;
    private final CaseTasks tasks;

    ScoresController(SelectionTasks selectionTasks, CaseTasks tasks) {
        this.selectionTasks = selectionTasks;
        this.tasks = tasks;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        MissionTask opened = showForm(taskId, authentication, model);
        model.addAttribute("form", ScoresFormData.of(opened.candidates()));
        return VIEW;
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") ScoresFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        MissionTask opened = showForm(taskId, authentication, model);
        form.validate(opened, errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        tasks.complete(taskId, TASK_SCORE_PROPOSALS, authentication.getName(),
                Map.of(VAR_SUBMISSION, form.toScores(authentication.getName())));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }

    private MissionTask showForm(String taskId, Authentication authentication, Model model) {
        MissionTask opened = selectionTasks.show(taskId, TASK_SCORE_PROPOSALS, authentication.getName(), model);
        model.addAttribute("candidatesById", opened.candidatesById());
        return opened;
    }
}
