package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_CHOICE;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.EngineeringEnvelope;
import fr.parcours.dla.EngineeringEnvelope.Overrun;
import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.selection.web.ChoiceFormData;
import fr.parcours.casework.CaseTasks;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** The DLA validates the consultant chosen from the scored proposals, with the minutes (PV). */
@Controller
@RequestMapping("/dla/tasks/{taskId}/" + SelectionTaskForms.CHOICE)
class ChoiceController {

    private static final String VIEW = "dla/engineering/choice";

    private final SelectionTasks selectionTasks;
    private final CaseTasks tasks;
    private final List<EngineeringEnvelope> envelopes;

    ChoiceController(SelectionTasks selectionTasks, CaseTasks tasks, List<EngineeringEnvelope> envelopes) {
        this.selectionTasks = selectionTasks;
        this.tasks = tasks;
        this.envelopes = envelopes;
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication authentication, Model model) {
        showForm(taskId, authentication, model);
        model.addAttribute("form", new ChoiceFormData());
        return VIEW;
    }

    @PostMapping
    String submit(@PathVariable String taskId, @Valid @ModelAttribute("form") ChoiceFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        MissionTask opened = showForm(taskId, authentication, model);
        form.validate(opened, errors);
        Optional<Overrun> overrun = errors.hasErrors() ? Optional.empty() : overrun(opened, form, authentication.getName());
        // Going over the operator's envelope is allowed, but only for a reason, kept in the PV.
        overrun.ifPresent(over -> model.addAttribute("overrun", over));
        if (overrun.isPresent() && !form.hasOverEnvelopeReason()) {
            errors.rejectValue("overEnvelopeReason", "budget.error.over-envelope-reason");
        }
        if (overrun.isEmpty()) {
            form.setOverEnvelopeReason(null);
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        tasks.complete(taskId, TASK_VALIDATE_CHOICE, authentication.getName(),
                Map.of(VAR_SUBMISSION, form.toChoice(authentication.getName())));
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/";
    }

    private Optional<Overrun> overrun(MissionTask opened, ChoiceFormData form, String decidedBy) {
        ConsultantCandidate chosen = opened.candidatesById().get(form.getCandidateId());
        if (chosen == null || chosen.getProposalAmount() == null) {
            return Optional.empty();
        }
        return envelopes.stream()
                .flatMap(envelope -> envelope.overrunIfOrdered(opened.accompaniment().getOrganisation().getRegionCode(),
                        opened.accompaniment().getDepartmentCode(), decidedBy, form.getDecidedOn(),
                        chosen.getProposalAmount()).stream())
                .findFirst();
    }

    private MissionTask showForm(String taskId, Authentication authentication, Model model) {
        MissionTask opened = selectionTasks.show(taskId, TASK_VALIDATE_CHOICE, authentication.getName(), model);
        // Best scored first: the order in which the structure ranked them.
        model.addAttribute("received", opened.candidates().stream().filter(ConsultantCandidate::hasProposal)
                .sorted(Comparator.comparing(ConsultantCandidate::getTotalScore,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList());
        return opened;
    }
}
