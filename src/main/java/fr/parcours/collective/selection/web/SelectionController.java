package fr.parcours.collective.selection.web;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECEIVE_PROPOSALS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_SCORE_PROPOSALS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_VALIDATE_CHOICE;

import fr.parcours.casework.CaseTask;
import fr.parcours.casework.CaseTasks;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveCases;
import fr.parcours.collective.CollectiveEnvelope;
import fr.parcours.collective.selection.CollectiveCandidate;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.collective.web.CollectiveTaskForms;
import fr.parcours.dla.EngineeringEnvelope.Overrun;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.Organisation;
import fr.parcours.selection.web.ChoiceFormData;
import fr.parcours.selection.web.PreselectionFormData;
import fr.parcours.selection.web.ProposalsFormData;
import fr.parcours.selection.web.ScoresFormData;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' four selection steps of a collective, with the forms and rules of an individual ingénierie:
 * preselection of 3 to 4 consultants, proposals received, scores on the grid, validated choice (PV).
 */
@Controller
@RequestMapping("/collective/tasks/{taskId}")
class SelectionController {

    /** One page for the four steps: the model's {@code step} (the task's form path) picks its fields. */
    static final String VIEW = "collective/selection";

    private final CaseTasks tasks;
    private final CollectiveCases cases;
    private final CollectiveSelection selection;
    private final Clock clock;
    private final List<CollectiveEnvelope> envelopes;

    SelectionController(CaseTasks tasks, CollectiveCases cases, CollectiveSelection selection, Clock clock,
                        List<CollectiveEnvelope> envelopes) {
        this.envelopes = envelopes;
        this.tasks = tasks;
        this.cases = cases;
        this.selection = selection;
        this.clock = clock;
    }

    @GetMapping("/preselection")
    String showPreselection(@PathVariable String taskId, @RequestParam(required = false) CompetenceDomain domain,
                            Authentication authentication, Model model) {
        SelectionTask opened = open(taskId, TASK_PRESELECT_CONSULTANTS, authentication, model);
        showPool(opened, domain, model);
        model.addAttribute("form", new PreselectionFormData());
        return VIEW;
    }

    @PostMapping("/preselection")
    String preselect(@PathVariable String taskId, @RequestParam(required = false) CompetenceDomain domain,
                     @ModelAttribute("form") PreselectionFormData form, BindingResult errors,
                     Authentication authentication, Model model, RedirectAttributes redirect) {
        SelectionTask opened = open(taskId, TASK_PRESELECT_CONSULTANTS, authentication, model);
        showPool(opened, domain, model);
        // Any firm of the region's pool: the domain only narrows the list shown.
        form.validate(selection.consultants(opened.task().root(), null).stream().map(Organisation::getId)
                .collect(Collectors.toSet()), errors);
        return completeOrRedisplay(opened, errors, () -> form.toPreselection(authentication.getName()),
                authentication, redirect);
    }

    @GetMapping("/proposals")
    String showProposals(@PathVariable String taskId, Authentication authentication, Model model) {
        SelectionTask opened = open(taskId, TASK_RECEIVE_PROPOSALS, authentication, model);
        model.addAttribute("form", ProposalsFormData.of(opened.candidates()));
        return VIEW;
    }

    @PostMapping("/proposals")
    String receiveProposals(@PathVariable String taskId, @Valid @ModelAttribute("form") ProposalsFormData form,
                            BindingResult errors, Authentication authentication, Model model,
                            RedirectAttributes redirect) {
        SelectionTask opened = open(taskId, TASK_RECEIVE_PROPOSALS, authentication, model);
        form.validate(opened, errors);
        return completeOrRedisplay(opened, errors, () -> form.toProposals(authentication.getName()),
                authentication, redirect);
    }

    @GetMapping("/scores")
    String showScores(@PathVariable String taskId, Authentication authentication, Model model) {
        SelectionTask opened = open(taskId, TASK_SCORE_PROPOSALS, authentication, model);
        model.addAttribute("form", ScoresFormData.of(opened.candidates()));
        return VIEW;
    }

    @PostMapping("/scores")
    String score(@PathVariable String taskId, @Valid @ModelAttribute("form") ScoresFormData form,
                 BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        SelectionTask opened = open(taskId, TASK_SCORE_PROPOSALS, authentication, model);
        form.validate(opened, errors);
        return completeOrRedisplay(opened, errors, () -> form.toScores(authentication.getName()),
                authentication, redirect);
    }

    @GetMapping("/choice")
    String showChoice(@PathVariable String taskId, Authentication authentication, Model model) {
        open(taskId, TASK_VALIDATE_CHOICE, authentication, model);
        model.addAttribute("form", new ChoiceFormData());
        return VIEW;
    }

    @PostMapping("/choice")
    String choose(@PathVariable String taskId, @Valid @ModelAttribute("form") ChoiceFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        SelectionTask opened = open(taskId, TASK_VALIDATE_CHOICE, authentication, model);
        form.validate(opened, errors);
        Optional<Overrun> overrun = errors.hasErrors() ? Optional.empty() : overrun(opened, form);
        // Going over the collective's envelope is allowed, but only for a reason, kept in the PV.
        overrun.ifPresent(over -> model.addAttribute("overrun", over));
        if (overrun.isPresent() && !form.hasOverEnvelopeReason()) {
            errors.rejectValue("overEnvelopeReason", "budget.error.over-envelope-reason");
        }
        if (overrun.isEmpty()) {
            form.setOverEnvelopeReason(null);
        }
        return completeOrRedisplay(opened, errors, () -> form.toChoice(authentication.getName()),
                authentication, redirect);
    }

    private Optional<Overrun> overrun(SelectionTask opened, ChoiceFormData form) {
        CollectiveCandidate chosen = opened.candidatesById().get(form.getCandidateId());
        if (chosen == null || chosen.getProposalAmount() == null) {
            return Optional.empty();
        }
        return envelopes.stream().flatMap(envelope -> envelope.overrunIfOrdered(opened.task().root().getId(),
                form.getDecidedOn(), chosen.getProposalAmount()).stream()).findFirst();
    }

    /** The task in the user's region (else 404), with what every selection form shows. */
    private SelectionTask open(String taskId, String taskDefinitionKey, Authentication authentication, Model model) {
        CaseTask<CollectiveAccompaniment> task =
                tasks.open(taskId, taskDefinitionKey, authentication.getName(), cases);
        SelectionTask opened = new SelectionTask(task, selection.candidatesOf(task.root().getId()),
                LocalDate.now(clock));
        model.addAttribute("task", task.task());
        model.addAttribute("collective", task.root());
        model.addAttribute("step", CollectiveTaskForms.formOf(taskDefinitionKey));
        model.addAttribute("candidatesById", opened.candidatesById());
        model.addAttribute("received", opened.received());
        return opened;
    }

    /** The pool's firms covering the collective's region, of the domain chosen (null: every domain). */
    private void showPool(SelectionTask opened, CompetenceDomain domain, Model model) {
        model.addAttribute("consultants", selection.consultants(opened.task().root(), domain));
        model.addAttribute("domains", CompetenceDomain.values());
        model.addAttribute("domain", domain);
    }

    /** Bad input redisplays the step's form with its errors and completes nothing. */
    private String completeOrRedisplay(SelectionTask opened, BindingResult errors,
                                       Supplier<? extends Serializable> submission, Authentication authentication,
                                       RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return VIEW;
        }
        tasks.complete(opened.task().task(), authentication.getName(), submission.get());
        redirect.addFlashAttribute("success", "task.completed");
        return "redirect:/collective/" + opened.task().root().getId();
    }
}
