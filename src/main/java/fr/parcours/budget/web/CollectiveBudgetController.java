package fr.parcours.budget.web;

import fr.parcours.budget.BudgetRuleException;
import fr.parcours.budget.BudgetService;
import fr.parcours.budget.IngenierieBudgets;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/** A collective DLA's ingénierie budget, for its region's coordinators: its envelope of a year and its missions. */
@Controller
@RequestMapping("/budget/collectives/{id}")
class CollectiveBudgetController {

    private static final String VIEW = "budget/collective";

    private final CollectiveService collectives;
    private final IngenierieBudgets budgets;
    private final BudgetService service;
    private final Scopes scopes;
    private final Clock clock;

    CollectiveBudgetController(CollectiveService collectives, IngenierieBudgets budgets, BudgetService service,
                               Scopes scopes, Clock clock) {
        this.collectives = collectives;
        this.budgets = budgets;
        this.service = service;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable long id, @RequestParam(required = false) Integer year, Authentication authentication,
                Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        EnvelopeFormData form = new EnvelopeFormData();
        form.setYear(shown);
        budgets.ofCollective(id, shown).ifPresent(view -> form.setAmount(view.envelope().getAmount()));
        model.addAttribute("form", form);
        return show(collectives.visibleTo(id, scopes.of(authentication.getName())), shown, model);
    }

    @PostMapping
    String save(@PathVariable long id, @Valid @ModelAttribute("form") EnvelopeFormData form, BindingResult errors,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        CollectiveAccompaniment collective = collectives.visibleTo(id, scope);
        int year = form.getYear() == null ? LocalDate.now(clock).getYear() : form.getYear();
        if (!errors.hasErrors()) {
            try {
                service.setCollectiveEnvelope(id, year, form.getAmount(), authentication.getName(), scope);
                redirect.addFlashAttribute("success", "budget.envelope.saved");
                return "redirect:/budget/collectives/" + id + "?year=" + year;
            } catch (BudgetRuleException refused) {
                errors.rejectValue(refused.getField(), refused.getCode());
            }
        }
        return show(collective, year, model);
    }

    private String show(CollectiveAccompaniment collective, int year, Model model) {
        model.addAttribute("collective", collective);
        model.addAttribute("year", year);
        model.addAttribute("view", budgets.ofCollective(collective.getId(), year).orElse(null));
        model.addAttribute("missions", budgets.collectiveMissions(collective.getId(), year));
        return VIEW;
    }
}
