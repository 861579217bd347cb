package fr.parcours.budget.web;

import fr.parcours.budget.BudgetRuleException;
import fr.parcours.budget.BudgetService;
import fr.parcours.budget.IngenierieBudgets;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
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
 * The operators' ingénierie budgets: every envelope of a year within the user's scope with committed, paid and
 * remaining; one envelope with its missions; a new or changed operator envelope.
 */
@Controller
@RequestMapping("/budget")
class BudgetController {

    private final IngenierieBudgets budgets;
    private final BudgetService service;
    private final OrganisationRepository organisations;
    private final Scopes scopes;
    private final Clock clock;

    BudgetController(IngenierieBudgets budgets, BudgetService service, OrganisationRepository organisations,
                     Scopes scopes, Clock clock) {
        this.budgets = budgets;
        this.service = service;
        this.organisations = organisations;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("views", budgets.views(shown, scopes.of(authentication.getName())));
        return "budget/budgets";
    }

    @GetMapping("/envelopes/{id}")
    String envelope(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("view", budgets.envelope(id, scopes.of(authentication.getName())));
        return "budget/envelope";
    }

    @GetMapping("/envelopes/new")
    String newEnvelope(Authentication authentication, Model model) {
        EnvelopeFormData form = new EnvelopeFormData();
        form.setYear(LocalDate.now(clock).getYear());
        form.setDepartmentCode(scopes.of(authentication.getName()).getDepartmentCode());
        model.addAttribute("form", form);
        return showForm(scopes.of(authentication.getName()), model);
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
            long id = service.setOperatorEnvelope(form.getOperatorId(), form.departmentOrNull(), form.getYear(),
                    form.getAmount(), authentication.getName(), scope).getId();
            redirect.addFlashAttribute("success", "budget.envelope.saved");
            return "redirect:/budget/envelopes/" + id;
        } catch (BudgetRuleException refused) {
            errors.rejectValue(refused.getField(), refused.getCode());
            return showForm(scope, model);
        }
    }

    private String showForm(UserScope scope, Model model) {
        model.addAttribute("operators", operatorsWithin(scope));
        return "budget/envelope-form";
    }

    /** The operators a user may give an envelope: those of their region, all for a national scope. */
    private List<Organisation> operatorsWithin(UserScope scope) {
        return organisations.findByKindOrderByName(OrganisationKind.OPERATOR).stream()
                .filter(operator -> scope.isNational() || operator.getRegionCode().equals(scope.getRegionCode()))
                .toList();
    }
}
