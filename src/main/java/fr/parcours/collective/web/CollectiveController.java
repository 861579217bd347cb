package fr.parcours.collective.web;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveOverview;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.partners.Partnerships;
import fr.parcours.collective.referrals.CollectiveReferrals;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.collective.tracks.LateJoins;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
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

/** The coordinators' collective accompaniments: their region's list, a new one, one collective's page and late joins. */
@Controller
@RequestMapping("/collective")
class CollectiveController {

    private final CollectiveService collectives;
    private final Scopes scopes;
    private final Clock clock;
    private final Period plannedDuration;
    private final LateJoins lateJoins;
    private final CollectiveReferrals referrals;
    private final CollectiveSelection selection;
    private final Partnerships partnerships;

    CollectiveController(CollectiveService collectives, Scopes scopes, Clock clock,
                         @Value("${parcours.collective.planned-duration:P6M}") Period plannedDuration,
                         LateJoins lateJoins, CollectiveReferrals referrals, CollectiveSelection selection,
                         Partnerships partnerships) {
        this.partnerships = partnerships;
        this.lateJoins = lateJoins;
        this.referrals = referrals;
        this.selection = selection;
        this.collectives = collectives;
        this.scopes = scopes;
        this.clock = clock;
        this.plannedDuration = plannedDuration;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        UserScope scope = scopes.of(authentication.getName());
        List<CollectiveAccompaniment> visible = collectives.visibleList(scope);
        model.addAttribute("collectives", visible);
        model.addAttribute("partners", partnerships.ofAll(visible.stream().map(CollectiveAccompaniment::getId).toList()));
        model.addAttribute("pendingReferrals", referrals.pending(scope));
        return "collective/collectives";
    }

    @GetMapping("/new")
    String newForm(Authentication authentication, Model model) {
        NewCollectiveFormData form = new NewCollectiveFormData();
        form.setPlannedMonths((int) plannedDuration.toTotalMonths());
        List<String> regions = collectives.regionsOpenTo(scopes.of(authentication.getName()));
        if (regions.size() == 1) {
            form.setRegionCode(regions.get(0));
        }
        model.addAttribute("form", form);
        return showForm(regions, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewCollectiveFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        List<String> regions = collectives.regionsOpenTo(scope);
        form.validate(errors, regions, LocalDate.now(clock));
        form.validatePartners(errors, ids(partnerships.carrierChoices()), ids(partnerships.operatorChoices(
                regions.stream().filter(region -> region.equals(form.getRegionCode())).toList())));
        if (errors.hasErrors()) {
            return showForm(regions, model);
        }
        CollectiveAccompaniment collective = partnerships.open(form.toRequest(), form.toPartners(),
                authentication.getName(), scope);
        redirect.addFlashAttribute("success", "collective.opened");
        return "redirect:/collective/" + collective.getId();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("joinForm", new LateJoinFormData());
        return showCollective(collectives.overview(id, scopes.of(authentication.getName())), model);
    }

    @PostMapping("/{id}/late-joins")
    String join(@PathVariable long id, @Valid @ModelAttribute("joinForm") LateJoinFormData form, BindingResult errors,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        CollectiveOverview overview = collectives.overview(id, scope);
        form.validate(errors, lateJoins.joinable(overview.collective()).stream().map(Organisation::getId).toList(),
                overview.collective().getMeetingDate());
        if (errors.hasErrors()) {
            return showCollective(overview, model);
        }
        lateJoins.join(id, form.getOrganisationId(), form.getJoinedOn(), authentication.getName(), scope);
        redirect.addFlashAttribute("success", "collective.joined");
        return "redirect:/collective/" + id;
    }

    private String showCollective(CollectiveOverview overview, Model model) {
        model.addAttribute("overview", overview);
        model.addAttribute("joinable", lateJoins.joinable(overview.collective()));
        model.addAttribute("candidates", selection.candidatesOf(overview.collective().getId()));
        model.addAttribute("partners", partnerships.of(overview.collective().getId()));
        return "collective/collective";
    }

    private String showForm(List<String> regions, Model model) {
        model.addAttribute("regions", regions);
        model.addAttribute("carrierChoices", partnerships.carrierChoices());
        model.addAttribute("operatorChoices", partnerships.operatorChoices(regions));
        return "collective/new-collective";
    }

    private static List<Long> ids(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::getId).toList();
    }
}
