package fr.parcours.admin.carriers.web;

import fr.parcours.admin.carriers.CarrierAdministration;
import fr.parcours.admin.carriers.CarrierAdministration.Carrier;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRole;
import fr.parcours.organisation.SiretTakenException;
import fr.parcours.organisation.Territories;
import fr.parcours.organisation.Territories.Department;
import jakarta.validation.Valid;
import java.util.Map;
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

/**
 * Carriers and operators of collectives and DLAs (MRA, CRESS, departmental operators, DLA operators): the lists
 * that collectives' partner forms and coordinators' carriers are chosen from.
 */
@Controller
@RequestMapping("/admin/carriers")
class CarrierController {

    static final String FORM = "admin/carriers/carrier";

    private final CarrierAdministration carriers;
    private final Territories territories;

    CarrierController(CarrierAdministration carriers, Territories territories) {
        this.carriers = carriers;
        this.territories = territories;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("carriers", carriers.carriers());
        model.addAttribute("withoutRole", carriers.withoutRole());
        return "admin/carriers/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new CarrierFormData());
        return showForm(null, model);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") CarrierFormData form, BindingResult errors,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        Map<String, Department> departments = territories.departmentsByCode();
        form.validate(departments, false, errors);
        rejectTakenSiret(form, null, errors, model);
        if (errors.hasErrors()) {
            return showForm(null, model);
        }
        try {
            Organisation created = carriers.create(form.toDetails(departments), authentication.getName());
            redirect.addFlashAttribute("success", "admin.carriers.created");
            return "redirect:/admin/carriers/" + created.getId();
        } catch (SiretTakenException e) {
            rejectTakenSiret(form, null, errors, model);
            return showForm(null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Carrier carrier = carriers.carrier(id);
        model.addAttribute("form", CarrierFormData.fromCarrier(carrier.organisation(), carrier.roles()));
        return showForm(carrier, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CarrierFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        Carrier carrier = carriers.carrier(id);
        Map<String, Department> departments = territories.departmentsByCode();
        form.validate(departments, carrier.roles().contains(OrganisationRole.DLA_OPERATOR), errors);
        rejectTakenSiret(form, id, errors, model);
        if (errors.hasErrors()) {
            return showForm(carrier, model);
        }
        try {
            carriers.update(id, form.toDetails(departments), authentication.getName());
        } catch (SiretTakenException e) {
            rejectTakenSiret(form, id, errors, model);
            return showForm(carrier, model);
        }
        redirect.addFlashAttribute("success", "admin.carriers.updated");
        return "redirect:/admin/carriers/" + id;
    }

    /** A SIRET held by another organisation: a field error, and the holder for the link next to it. */
    private void rejectTakenSiret(CarrierFormData form, Long id, BindingResult errors, Model model) {
        form.rejectSiretHeldByAnother(carriers::withSiret, id, errors)
                .ifPresent(holder -> model.addAttribute("holder", holder));
    }

    private String showForm(Carrier carrier, Model model) {
        model.addAttribute("carrier", carrier);
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("departments", territories.departments());
        model.addAttribute("roles", OrganisationRole.assignable());
        model.addAttribute("dlaOperator", carrier != null && carrier.roles().contains(OrganisationRole.DLA_OPERATOR));
        return FORM;
    }
}
