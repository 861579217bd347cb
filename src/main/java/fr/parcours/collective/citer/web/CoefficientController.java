package fr.parcours.collective.citer.web;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.citer.AvoidedCosts;
import fr.parcours.collective.citer.Intervention;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The avoided-cost method of a region, shown with every coefficient and its source, and changed one coefficient at
 * a time by the region's coordinators (each change audited). A national user names the region.
 */
@Controller
@RequestMapping("/collective/citer/coefficients")
class CoefficientController {

    private static final String VIEW = "collective/citer-coefficients";

    private final AvoidedCosts avoidedCosts;
    private final Scopes scopes;

    CoefficientController(AvoidedCosts avoidedCosts, Scopes scopes) {
        this.avoidedCosts = avoidedCosts;
        this.scopes = scopes;
    }

    @GetMapping
    String show(@RequestParam(required = false) String region, Authentication authentication, Model model) {
        String regionCode = regionOf(scopes.of(authentication.getName()), region);
        model.addAttribute("form", new CoefficientFormData());
        return show(regionCode, model);
    }

    @PostMapping
    String save(@RequestParam(required = false) String region, @Valid @ModelAttribute("form") CoefficientFormData form,
                BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        String regionCode = regionOf(scope, region);
        if (errors.hasErrors()) {
            return show(regionCode, model);
        }
        avoidedCosts.setCoefficient(regionCode, form.getIntervention(), form.getUnitCost(), form.getSource(),
                authentication.getName(), scope);
        redirect.addFlashAttribute("success", "collective.citer.coefficient.saved");
        return "redirect:/collective/citer/coefficients?region=" + regionCode;
    }

    private String show(String regionCode, Model model) {
        model.addAttribute("regionCode", regionCode);
        model.addAttribute("coefficients", avoidedCosts.coefficients(regionCode));
        model.addAttribute("interventions", Intervention.values());
        return VIEW;
    }

    /** The coordinator's own region; a national user's chosen one; 404 for any other. */
    private static String regionOf(UserScope scope, String region) {
        String regionCode = scope.isNational() ? region : scope.getRegionCode();
        if (regionCode == null || !regionCode.matches("\\d{2,3}") || !scope.runsRegion(regionCode)
                || (region != null && !region.equals(regionCode))) {
            throw new CaseNotFoundException(String.valueOf(region));
        }
        return regionCode;
    }
}
