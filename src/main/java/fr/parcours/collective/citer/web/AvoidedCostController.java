package fr.parcours.collective.citer.web;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.citer.AvoidedCosts;
import fr.parcours.collective.citer.Intervention;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.identity.Scopes;
import jakarta.validation.Valid;
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

/** A participating structure's interventions by type, and its avoided-cost estimate shown with its assumptions. */
@Controller
@RequestMapping("/collective/{id}/structures/{participationId}/avoided-costs")
class AvoidedCostController {

    private static final String VIEW = "collective/avoided-costs";

    private final CollectiveService collectives;
    private final AvoidedCosts avoidedCosts;
    private final Scopes scopes;

    AvoidedCostController(CollectiveService collectives, AvoidedCosts avoidedCosts, Scopes scopes) {
        this.collectives = collectives;
        this.avoidedCosts = avoidedCosts;
        this.scopes = scopes;
    }

    @GetMapping
    String show(@PathVariable long id, @PathVariable long participationId, Authentication authentication, Model model) {
        CollectiveAccompaniment collective = collectives.visibleTo(id, scopes.of(authentication.getName()));
        Participation participation = participation(collective, participationId);
        model.addAttribute("form", InterventionCountsFormData.from(avoidedCosts.counts(participationId)));
        return show(collective, participation, model);
    }

    @PostMapping
    String save(@PathVariable long id, @PathVariable long participationId,
                @Valid @ModelAttribute("form") InterventionCountsFormData form, BindingResult errors,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        CollectiveAccompaniment collective = collectives.visibleTo(id, scopes.of(authentication.getName()));
        Participation participation = participation(collective, participationId);
        if (!form.complete()) {
            errors.rejectValue("rows", "NotAllowed");
        }
        if (errors.hasErrors()) {
            return show(collective, participation, model);
        }
        avoidedCosts.recordCounts(participationId, form.toCounts(), authentication.getName());
        redirect.addFlashAttribute("success", "collective.citer.counts.saved");
        return "redirect:/collective/" + id + "/structures/" + participationId + "/avoided-costs";
    }

    private String show(CollectiveAccompaniment collective, Participation participation, Model model) {
        model.addAttribute("collective", collective);
        model.addAttribute("participation", participation);
        model.addAttribute("interventions", Intervention.values());
        model.addAttribute("estimate", avoidedCosts.estimate(collective.getRegionCode(), List.of(participation.getId())));
        return VIEW;
    }

    /** A participating structure of the collective; 404 otherwise. */
    private Participation participation(CollectiveAccompaniment collective, long participationId) {
        return collectives.participations(collective.getId()).stream()
                .filter(p -> p.getId() == participationId && p.isActive()).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(participationId));
    }
}
