package fr.parcours.collective.web;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
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

/** The coordinators' collective accompaniments: the list of their region, a new one, one collective's page. */
@Controller
@RequestMapping("/collective")
class CollectiveController {

    private final CollectiveService collectives;
    private final Scopes scopes;
    private final Clock clock;
    private final Period plannedDuration;

    CollectiveController(CollectiveService collectives, Scopes scopes, Clock clock,
                         @Value("${parcours.collective.planned-duration:P6M}") Period plannedDuration) {
        this.collectives = collectives;
        this.scopes = scopes;
        this.clock = clock;
        this.plannedDuration = plannedDuration;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        model.addAttribute("collectives", collectives.visibleList(scopes.of(authentication.getName())));
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
        if (errors.hasErrors()) {
            return showForm(regions, model);
        }
        CollectiveAccompaniment collective = collectives.open(form.toRequest(), authentication.getName(), scope);
        redirect.addFlashAttribute("success", "collective.opened");
        return "redirect:/collective/" + collective.getId();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("overview", collectives.overview(id, scopes.of(authentication.getName())));
        return "collective/collective";
    }

    private String showForm(List<String> regions, Model model) {
        model.addAttribute("regions", regions);
        return "collective/new-collective";
    }
}
