package fr.parcours.collective.deliverables.web;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.deliverables.CiterRegister;
import fr.parcours.collective.deliverables.DeliverablesService;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.identity.Scopes;
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

/** The deliverables of one participating structure, reachable from its collective's page and dashboard. */
@Controller
@RequestMapping("/collective/{id}/structures/{participationId}/deliverables")
class DeliverablesController {

    private final CollectiveService collectives;
    private final DeliverablesService deliverables;
    private final Scopes scopes;

    DeliverablesController(CollectiveService collectives, DeliverablesService deliverables, Scopes scopes) {
        this.collectives = collectives;
        this.deliverables = deliverables;
        this.scopes = scopes;
    }

    @GetMapping
    String show(@PathVariable long id, @PathVariable long participationId, Authentication authentication, Model model) {
        Participation participation = participation(visible(id, authentication), participationId);
        model.addAttribute("form", DeliverablesFormData.from(deliverables.of(participationId)));
        return showForm(participation, model);
    }

    @PostMapping
    String submit(@PathVariable long id, @PathVariable long participationId,
                  @Valid @ModelAttribute("form") DeliverablesFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CollectiveAccompaniment collective = visible(id, authentication);
        Participation participation = participation(collective, participationId);
        form.validate(errors, collective.getMeetingDate());
        if (errors.hasErrors()) {
            form.padded(DeliverablesFormData.LEAD_ROWS);
            form.showMadePermanent(deliverables.of(participationId).aidedContractsMadePermanent());
            return showForm(participation, model);
        }
        deliverables.record(participationId, form.toDeliverables(), authentication.getName());
        redirect.addFlashAttribute("success", "collective.deliverables.saved");
        return "redirect:/collective/" + id + "/dashboard";
    }

    private CollectiveAccompaniment visible(long id, Authentication authentication) {
        return collectives.visibleTo(id, scopes.of(authentication.getName()));
    }

    /** A participating structure of the collective; 404 otherwise (drop-outs' deliverables are closed). */
    private Participation participation(CollectiveAccompaniment collective, long participationId) {
        return collectives.participations(collective.getId()).stream()
                .filter(p -> p.getId() == participationId && p.isActive()).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(participationId));
    }

    private String showForm(Participation participation, Model model) {
        model.addAttribute("participation", participation);
        model.addAttribute("registers", CiterRegister.values());
        return "collective/deliverables";
    }
}
