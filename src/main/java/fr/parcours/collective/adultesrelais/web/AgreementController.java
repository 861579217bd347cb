package fr.parcours.collective.adultesrelais.web;

import fr.parcours.collective.adultesrelais.AdultesRelaisAgreements;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
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

/** The adultes-relais agreements of the structures within the user's scope: the list, one agreement, a new one. */
@Controller
@RequestMapping("/adultes-relais")
class AgreementController {

    private final AdultesRelaisAgreements agreements;
    private final OrganisationRepository organisations;
    private final Scopes scopes;

    AgreementController(AdultesRelaisAgreements agreements, OrganisationRepository organisations, Scopes scopes) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.scopes = scopes;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        model.addAttribute("agreements", agreements.within(scopes.of(authentication.getName())));
        return "collective/adultes-relais/agreements";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("agreement", agreements.visibleTo(id, scopes.of(authentication.getName())));
        return "collective/adultes-relais/agreement";
    }

    @GetMapping("/new")
    String newAgreement(Authentication authentication, Model model) {
        model.addAttribute("form", new AgreementFormData());
        return showForm(scopes.of(authentication.getName()), model);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") AgreementFormData form, BindingResult errors,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        form.validate(errors, structuresWithin(scope).stream().map(Organisation::getId).toList());
        if (errors.hasErrors()) {
            return showForm(scope, model);
        }
        long id = agreements.record(form.toAgreement(), authentication.getName(), scope).getId();
        redirect.addFlashAttribute("success", "adultes-relais.saved");
        return "redirect:/adultes-relais/" + id;
    }

    private String showForm(UserScope scope, Model model) {
        model.addAttribute("structures", structuresWithin(scope));
        return "collective/adultes-relais/form";
    }

    private List<Organisation> structuresWithin(UserScope scope) {
        return organisations.findByKindOrderByName(OrganisationKind.STRUCTURE).stream()
                .filter(structure -> scope.getOrganisationId() == null
                        && scope.covers(structure.getRegionCode(), structure.getDepartmentCode()))
                .toList();
    }
}
