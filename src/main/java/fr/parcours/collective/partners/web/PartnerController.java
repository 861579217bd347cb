package fr.parcours.collective.partners.web;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.partners.Partnerships;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
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

/** The region's coordinators name who carries a collective and who operates it in a department. */
@Controller
@RequestMapping("/collective/{id}/partners")
class PartnerController {

    private final CollectiveService collectives;
    private final Partnerships partnerships;
    private final Scopes scopes;

    PartnerController(CollectiveService collectives, Partnerships partnerships, Scopes scopes) {
        this.collectives = collectives;
        this.partnerships = partnerships;
        this.scopes = scopes;
    }

    @GetMapping
    String edit(@PathVariable long id, Authentication authentication, Model model) {
        CollectiveAccompaniment collective = collectives.visibleTo(id, scopes.of(authentication.getName()));
        model.addAttribute("form", PartnersFormData.fromPartners(partnerships.of(id)));
        return showForm(collective, model);
    }

    @PostMapping
    String save(@PathVariable long id, @Valid @ModelAttribute("form") PartnersFormData form, BindingResult errors,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        CollectiveAccompaniment collective = collectives.visibleTo(id, scope);
        form.validate(errors, ids(partnerships.carrierChoices()),
                ids(partnerships.operatorChoices(List.of(collective.getRegionCode()))));
        if (errors.hasErrors()) {
            return showForm(collective, model);
        }
        partnerships.change(id, form.toPartners(), authentication.getName(), scope);
        redirect.addFlashAttribute("success", "collective.partners.saved");
        return "redirect:/collective/" + id;
    }

    private String showForm(CollectiveAccompaniment collective, Model model) {
        model.addAttribute("collective", collective);
        model.addAttribute("carrierChoices", partnerships.carrierChoices());
        model.addAttribute("operatorChoices", partnerships.operatorChoices(List.of(collective.getRegionCode())));
        return "collective/partners";
    }

    private static List<Long> ids(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::getId).toList();
    }
}
