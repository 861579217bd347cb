package fr.parcours.budget.web;

import fr.parcours.budget.BudgetRuleException;
import fr.parcours.budget.BudgetService;
import fr.parcours.budget.IngenierieBudgets;
import fr.parcours.budget.OperatorReach;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.DlaOperatorRegistry.DlaOperator;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DLA operators' ingénierie budgets: every envelope of a year within the user's reach with committed, paid and
 * remaining; one envelope with its missions; a new or changed envelope of an operator the user manages. An officer
 * recorded as working for no DLA operator is told why they see none.
 */
@Controller
@RequestMapping("/budget")
class BudgetController {

    private final IngenierieBudgets budgets;
    private final BudgetService service;
    private final Scopes scopes;
    private final OperatorReach reach;
    private final Clock clock;

    BudgetController(IngenierieBudgets budgets, BudgetService service, Scopes scopes, OperatorReach reach,
                     Clock clock) {
        this.budgets = budgets;
        this.reach = reach;
        this.service = service;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        UserScope scope = scopes.of(authentication.getName());
        model.addAttribute("year", shown);
        model.addAttribute("views", budgets.views(shown, scope));
        model.addAttribute("withoutOperator", reach.lacksOperator(scope));
        return "budget/budgets";
    }

    @GetMapping("/envelopes/{id}")
    String envelope(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("view", budgets.envelope(id, scopes.of(authentication.getName())));
        return "budget/envelope";
    }

    @GetMapping("/envelopes/new")
    String newEnvelope(Authentication authentication, Model model) {
        UserScope scope = scopes.of(authentication.getName());
        EnvelopeFormData form = new EnvelopeFormData();
        form.setYear(LocalDate.now(clock).getYear());
        List<DlaOperator> operators = budgets.operatorsManagedBy(scope);
        if (operators.size() == 1) {
            form.setOperatorId(operators.get(0).id());
        }
        model.addAttribute("form", form);
        return showForm(scope, model);
    }

    @PostMapping("/envelopes")
    String saveEnvelope(@Valid @ModelAttribute("form") EnvelopeFormData form, BindingResult errors,
                        Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        if (form.getOperatorId() == null) {
            errors.rejectValue("operatorId", "NotNull");
        }
        if (errors.hasErrors()) {
            return showForm(scope, model);
        }
        try {
            long id = service.setOperatorEnvelope(form.getOperatorId(), form.getYear(), form.getAmount(),
                    authentication.getName(), scope).getId();
            redirect.addFlashAttribute("success", "budget.envelope.saved");
            return "redirect:/budget/envelopes/" + id;
        } catch (BudgetRuleException refused) {
            errors.rejectValue(refused.getField(), refused.getCode());
            return showForm(scope, model);
        }
    }

    private String showForm(UserScope scope, Model model) {
        model.addAttribute("operators", budgets.operatorsManagedBy(scope));
        model.addAttribute("withoutOperator", reach.lacksOperator(scope));
        return "budget/envelope-form";
    }
}
