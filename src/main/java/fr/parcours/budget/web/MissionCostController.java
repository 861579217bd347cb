package fr.parcours.budget.web;

import fr.parcours.budget.BudgetRuleException;
import fr.parcours.budget.BudgetService;
import fr.parcours.budget.CofinancingSource;
import fr.parcours.budget.IngenierieBudgets;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import jakarta.validation.Valid;
import java.util.function.Supplier;
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

/** One mission's cost: the agreed amount, its co-financing lines, its order date and its invoices. */
@Controller
@RequestMapping("/budget/missions/{id}")
class MissionCostController {

    private static final String VIEW = "budget/mission";

    private final IngenierieBudgets budgets;
    private final BudgetService service;
    private final Scopes scopes;

    MissionCostController(IngenierieBudgets budgets, BudgetService service, Scopes scopes) {
        this.budgets = budgets;
        this.service = service;
        this.scopes = scopes;
    }

    @GetMapping
    String show(@PathVariable long id, Authentication authentication, Model model) {
        return show(id, scopes.of(authentication.getName()), model);
    }

    @PostMapping("/cofinancing")
    String addCofinancing(@PathVariable long id, @Valid @ModelAttribute("cofinancingForm") CofinancingFormData form,
                          BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        if (form.getSource() == CofinancingSource.OTHER && form.funderOrNull() == null) {
            errors.rejectValue("funder", "budget.error.funder-required");
        }
        return save(id, scope, errors, model, redirect, null, () -> service.addCofinancing(id, form.getSource(),
                form.funderOrNull(), form.getAmount(), authentication.getName(), scope));
    }

    @PostMapping("/cofinancing/{lineId}/delete")
    String removeCofinancing(@PathVariable long id, @PathVariable long lineId, Authentication authentication,
                             RedirectAttributes redirect) {
        service.removeCofinancing(id, lineId, authentication.getName(), scopes.of(authentication.getName()));
        redirect.addFlashAttribute("success", "budget.mission.saved");
        return "redirect:/budget/missions/" + id;
    }

    @PostMapping("/invoices")
    String receiveInvoice(@PathVariable long id, @Valid @ModelAttribute("invoiceForm") InvoiceFormData form,
                          BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        return save(id, scope, errors, model, redirect, null, () -> service.receiveInvoice(id, form.getReference().strip(),
                form.getReceivedOn(), form.getAmount(), authentication.getName(), scope));
    }

    @PostMapping("/invoices/{invoiceId}/paid")
    String payInvoice(@PathVariable long id, @PathVariable long invoiceId,
                      @Valid @ModelAttribute("paymentForm") DateFormData form, BindingResult errors,
                      Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        model.addAttribute("paymentInvoiceId", invoiceId);
        return save(id, scope, errors, model, redirect, "date", () -> service.payInvoice(id, invoiceId, form.getDate(),
                authentication.getName(), scope));
    }

    @PostMapping("/order")
    String reorder(@PathVariable long id, @Valid @ModelAttribute("orderForm") DateFormData form, BindingResult errors,
                   Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        return save(id, scope, errors, model, redirect, "date", () -> service.reorder(id, form.getDate(),
                authentication.getName(), scope));
    }

    /** Saves unless the form has errors or the budget's rules refuse it; then shows the page with the errors. */
    private String save(long id, UserScope scope, BindingResult errors, Model model, RedirectAttributes redirect,
                        String dateField, Runnable change) {
        budgets.mission(id, scope);
        if (!errors.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("success", "budget.mission.saved");
                return "redirect:/budget/missions/" + id;
            } catch (BudgetRuleException refused) {
                errors.rejectValue(dateField != null ? dateField : refused.getField(), refused.getCode());
            }
        }
        return show(id, scope, model);
    }

    private String show(long id, UserScope scope, Model model) {
        model.addAttribute("line", budgets.mission(id, scope));
        model.addAttribute("sources", CofinancingSource.values());
        putIfAbsent(model, "cofinancingForm", CofinancingFormData::new);
        putIfAbsent(model, "invoiceForm", InvoiceFormData::new);
        putIfAbsent(model, "paymentForm", DateFormData::new);
        putIfAbsent(model, "orderForm", DateFormData::new);
        return VIEW;
    }

    private static void putIfAbsent(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }
}
