package fr.parcours.council.administration.web;

import fr.parcours.casework.ConcurrentWrites;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilRepository;
import fr.parcours.council.CouncilService;
import fr.parcours.council.administration.CouncilAdministration;
import fr.parcours.council.facilitators.CouncilFacilitators;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
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
 * Founding a council, correcting its founding data, assigning its facilitators and removing them: coordinators in
 * their region, admins anywhere. A council out of reach answers 404 first; a facilitator of the council gets 403.
 */
@Controller
@RequestMapping("/councils")
class CouncilSettingsController {

    private final CouncilAdministration administration;
    private final CouncilFacilitators facilitators;
    private final CouncilService councils;
    private final CouncilRepository repository;
    private final Scopes scopes;

    CouncilSettingsController(CouncilAdministration administration, CouncilFacilitators facilitators,
                              CouncilService councils, CouncilRepository repository, Scopes scopes) {
        this.administration = administration;
        this.facilitators = facilitators;
        this.councils = councils;
        this.repository = repository;
        this.scopes = scopes;
    }

    @GetMapping("/new")
    String newCouncil(Authentication authentication, Model model) {
        UserScope scope = administrator(authentication);
        CouncilFormData form = new CouncilFormData();
        List<String> regions = administration.regionsOpenTo(scope);
        if (regions.size() == 1) {
            form.setRegionCode(regions.get(0));
        }
        return showForm(null, form, scope, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("councilForm") CouncilFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = administrator(authentication);
        validate(form, errors, scope, null);
        if (errors.hasErrors()) {
            return showForm(null, form, scope, model);
        }
        Council council;
        try {
            council = administration.create(form.toNewCouncil(), authentication.getName(), scope);
        } catch (RuntimeException failure) {
            if (!ConcurrentWrites.isConflict(failure)) {
                throw failure;
            }
            // A colleague created a council of this name since the check above: nothing was saved.
            errors.rejectValue("name", "council.form.name-taken");
            return showForm(null, form, scope, model);
        }
        redirect.addFlashAttribute("success", "council.form.created");
        return "redirect:/councils/" + council.getId();
    }

    @GetMapping("/{councilId}/edit")
    String edit(@PathVariable long councilId, Authentication authentication, Model model) {
        Council council = reachable(councilId, authentication);
        return showForm(council, CouncilFormData.of(council), administrator(authentication), model);
    }

    @PostMapping("/{councilId}/edit")
    String update(@PathVariable long councilId, @Valid @ModelAttribute("councilForm") CouncilFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        Council council = reachable(councilId, authentication);
        UserScope scope = administrator(authentication);
        validate(form, errors, scope, councilId);
        if (errors.hasErrors()) {
            return showForm(council, form, scope, model);
        }
        administration.update(councilId, form.toNewCouncil(), authentication.getName(), scope);
        redirect.addFlashAttribute("success", "council.form.updated");
        return "redirect:/councils/" + councilId;
    }

    /** Only a facilitator working in the council's region can be assigned; anything else is refused with a notice. */
    @PostMapping("/{councilId}/facilitators")
    String assign(@PathVariable long councilId, @RequestParam(defaultValue = "") String facilitatorId,
                  Authentication authentication, RedirectAttributes redirect) {
        Council council = reachable(councilId, authentication);
        UserScope scope = administrator(authentication);
        if (facilitators.candidates(council).stream().anyMatch(p -> p.id().equals(facilitatorId))) {
            facilitators.assign(councilId, facilitatorId, authentication.getName(), scope);
            redirect.addFlashAttribute("success", "council.form.facilitator-assigned");
        } else {
            redirect.addFlashAttribute("warning", "council.form.facilitator-refused");
        }
        return "redirect:/councils/%d/edit".formatted(councilId);
    }

    /** Only an assigned facilitator can be removed; anyone else is refused with a notice and nothing changes. */
    @PostMapping("/{councilId}/facilitators/{facilitatorId}/remove")
    String remove(@PathVariable long councilId, @PathVariable String facilitatorId, Authentication authentication,
                  RedirectAttributes redirect) {
        reachable(councilId, authentication);
        UserScope scope = administrator(authentication);
        if (facilitators.remove(councilId, facilitatorId, authentication.getName(), scope)) {
            redirect.addFlashAttribute("success", "council.form.facilitator-removed");
        } else {
            redirect.addFlashAttribute("warning", "council.form.facilitator-not-assigned");
        }
        return "redirect:/councils/%d/edit".formatted(councilId);
    }

    private Council reachable(long councilId, Authentication authentication) {
        String userId = authentication.getName();
        return councils.visibleTo(councilId, userId, scopes.of(userId));
    }

    /** Coordinators and admins only: a facilitator follows a council but does not found or reshape it. */
    private UserScope administrator(Authentication authentication) {
        boolean allowed = authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals(Groups.authority(Groups.COORDINATORS)) || a.equals(Groups.authority(Groups.ADMINS)));
        UserScope scope = scopes.of(authentication.getName());
        if (!allowed || administration.regionsOpenTo(scope).isEmpty()) {
            throw new AccessDeniedException("Only coordinators and admins administer councils");
        }
        return scope;
    }

    private void validate(CouncilFormData form, BindingResult errors, UserScope scope, Long councilId) {
        boolean nameTaken = form.getName() != null && repository.findByName(form.getName().strip())
                .filter(other -> !other.getId().equals(councilId)).isPresent();
        form.validate(errors, administration.regionsOpenTo(scope), administration.knownDepartments(),
                administration.carriers(scope).stream().map(Organisation::getId).toList(), nameTaken);
    }

    private String showForm(Council council, CouncilFormData form, UserScope scope, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("councilForm", form);
        model.addAttribute("regions", administration.regionsOpenTo(scope));
        model.addAttribute("carriers", administration.carriers(scope));
        if (council != null) {
            model.addAttribute("facilitators", facilitators.of(council.getId()));
            model.addAttribute("candidates", facilitators.candidates(council));
        }
        return "council/council-form";
    }
}
