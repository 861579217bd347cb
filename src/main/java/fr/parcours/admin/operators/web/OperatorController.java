package fr.parcours.admin.operators.web;

import fr.parcours.admin.operators.DlaOperators;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.SiretTakenException;
import fr.parcours.organisation.Territories;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DLA operators: who carries the DLA of which departments, and their officers. */
@Controller
@RequestMapping("/admin/operators")
class OperatorController {

    private static final String FORM = "operatorForm";

    private final DlaOperators operators;
    private final Territories territories;
    private final SmartValidator validator;

    OperatorController(DlaOperators operators, Territories territories, SmartValidator validator) {
        this.operators = operators;
        this.territories = territories;
        this.validator = validator;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("operators", operators.all());
        model.addAttribute("regionNames", territories.regions().stream()
                .collect(java.util.stream.Collectors.toMap(Territories.Region::code, Territories.Region::name)));
        return "admin/operators";
    }

    @GetMapping("/new")
    String newOperator(Model model) {
        return showForm(null, new OperatorFormData(), model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute(FORM) OperatorFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        form.validate(errors, territories, null);
        if (errors.hasErrors()) {
            return showForm(null, form, model);
        }
        try {
            operators.create(form.toNewOperator(), authentication.getName());
        } catch (SiretTakenException taken) {
            errors.rejectValue("siret", "admin.operators.error.siret-taken");
            return showForm(null, form, model);
        }
        redirect.addFlashAttribute("success", "admin.operators.created");
        return "redirect:/admin/operators";
    }

    @GetMapping("/{operatorId}/edit")
    String edit(@PathVariable long operatorId, Model model) {
        DlaOperators.Operator operator = operator(operatorId);
        return showForm(operator, OperatorFormData.of(operator), model);
    }

    @PostMapping("/{operatorId}/edit")
    String update(@PathVariable long operatorId, @ModelAttribute(FORM) OperatorFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        DlaOperators.Operator operator = operator(operatorId);
        // Name, SIRET and head office are the organisation's: only the coverage changes here.
        form.setName(operator.name());
        form.setCity(operator.city());
        form.setLegalForm(LegalForm.ASSOCIATION);
        form.setDepartmentCode("-");
        validator.validate(form, errors);
        form.validate(errors, territories, operator.regionCode());
        if (!errors.hasFieldErrors("departmentCodes")
                && !form.getDepartmentCodes().containsAll(operators.departmentsInUse(operatorId))) {
            errors.rejectValue("departmentCodes", "admin.operators.error.departments-in-use");
        }
        if (errors.hasErrors()) {
            return showForm(operator, form, model);
        }
        operators.update(operatorId, form.isRegional(), form.getDepartmentCodes(), authentication.getName());
        redirect.addFlashAttribute("success", "admin.operators.updated");
        return "redirect:/admin/operators";
    }

    private DlaOperators.Operator operator(long operatorId) {
        return operators.find(operatorId).orElseThrow(() -> new DlaOperators.OperatorNotFoundException(operatorId));
    }

    private String showForm(DlaOperators.Operator operator, OperatorFormData form, Model model) {
        model.addAttribute("operator", operator);
        model.addAttribute(FORM, form);
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("departments", operator == null ? territories.departments()
                : territories.departmentsOf(operator.regionCode()));
        return "admin/operator-form";
    }
}
