package fr.parcours.admin.pool.web;

import fr.parcours.admin.pool.PoolAdministration;
import fr.parcours.admin.pool.PoolAdministration.Firm;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.SiretTakenException;
import fr.parcours.organisation.Territories;
import fr.parcours.organisation.Territories.Department;
import fr.parcours.organisation.Territories.Region;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The prestataire pool: administrators add consulting firms and independent consultants and keep their domains,
 * regions covered, day rate and contact; a firm's page also lists its consultants and past missions.
 */
@Controller
@RequestMapping("/admin/prestataires")
class PoolController {

    static final String FORM = "admin/pool/firm";

    private final PoolAdministration pool;
    private final Territories territories;

    PoolController(PoolAdministration pool, Territories territories) {
        this.pool = pool;
        this.territories = territories;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("firms", pool.firms());
        model.addAttribute("regionNames", regionNames());
        return "admin/pool/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new FirmFormData());
        return showForm(null, model);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") FirmFormData form, BindingResult errors, Authentication authentication,
                Model model, RedirectAttributes redirect) {
        Map<String, Department> departments = territories.departmentsByCode();
        form.validate(departments, regionNames().keySet(), errors);
        rejectTakenSiret(form, null, errors, model);
        if (errors.hasErrors()) {
            return showForm(null, model);
        }
        try {
            Organisation firm = pool.create(form.toDetails(departments), authentication.getName());
            redirect.addFlashAttribute("success", "admin.pool.created");
            return "redirect:/admin/prestataires/" + firm.getId();
        } catch (SiretTakenException e) {
            rejectTakenSiret(form, null, errors, model);
            return showForm(null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Firm firm = pool.firm(id);
        model.addAttribute("form", FirmFormData.fromFirm(firm.organisation(), firm.profile().orElse(null)));
        return showForm(firm, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") FirmFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        Firm firm = pool.firm(id);
        Map<String, Department> departments = territories.departmentsByCode();
        form.validate(departments, regionNames().keySet(), errors);
        rejectTakenSiret(form, id, errors, model);
        if (errors.hasErrors()) {
            return showForm(firm, model);
        }
        try {
            pool.update(id, form.toDetails(departments), authentication.getName());
        } catch (SiretTakenException e) {
            rejectTakenSiret(form, id, errors, model);
            return showForm(firm, model);
        }
        redirect.addFlashAttribute("success", "admin.pool.updated");
        return "redirect:/admin/prestataires/" + id;
    }

    /** A SIRET held by another organisation: a field error, and the holder for the link next to it. */
    private void rejectTakenSiret(FirmFormData form, Long id, BindingResult errors, Model model) {
        form.rejectSiretHeldByAnother(pool::withSiret, id, errors)
                .ifPresent(holder -> model.addAttribute("holder", holder));
    }

    private String showForm(Firm firm, Model model) {
        model.addAttribute("firm", firm);
        model.addAttribute("record", firm == null ? null : pool.record(firm.organisation().getId()));
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("departments", territories.departments());
        model.addAttribute("regions", territories.regions());
        model.addAttribute("domains", CompetenceDomain.values());
        return FORM;
    }

    private Map<String, String> regionNames() {
        return territories.regions().stream().collect(Collectors.toMap(Region::code, Region::name));
    }
}
