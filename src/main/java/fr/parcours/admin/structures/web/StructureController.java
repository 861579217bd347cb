package fr.parcours.admin.structures.web;

import fr.parcours.admin.structures.StructureAdministration;
import fr.parcours.admin.structures.StructureSearch;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.SiretTakenException;
import fr.parcours.organisation.Territories;
import fr.parcours.organisation.Territories.Department;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.stream.IntStream;
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
 * Administrators register, correct and look up structures. A SIRET already registered is refused with a link to
 * the organisation that holds it.
 */
@Controller
@RequestMapping("/admin/structures")
class StructureController {

    static final String FORM = "admin/structures/form";

    private final StructureAdministration administration;
    private final Territories territories;

    StructureController(StructureAdministration administration, Territories territories) {
        this.administration = administration;
        this.territories = territories;
    }

    @GetMapping
    String list(@ModelAttribute("search") StructureSearch search, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("structures", administration.search(search, page));
        model.addAttribute("departments", territories.departments());
        model.addAttribute("sections", IntStream.rangeClosed('A', 'U').mapToObj(c -> String.valueOf((char) c)).toList());
        return "admin/structures/list";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new StructureFormData());
        return showForm(null, model);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") StructureFormData form, BindingResult errors,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        Map<String, Department> departments = territories.departmentsByCode();
        form.validate(departments, errors);
        rejectTakenSiret(form, null, errors, model);
        if (errors.hasErrors()) {
            return showForm(null, model);
        }
        try {
            Organisation created = administration.create(form.toDetails(departments), authentication.getName());
            redirect.addFlashAttribute("success", "admin.structures.created");
            return "redirect:/admin/structures/" + created.getId();
        } catch (SiretTakenException e) {
            rejectTakenSiret(form, null, errors, model);
            return showForm(null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Organisation structure = administration.structure(id);
        model.addAttribute("form", StructureFormData.fromOrganisation(structure));
        return showForm(structure, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") StructureFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        Organisation structure = administration.structure(id);
        Map<String, Department> departments = territories.departmentsByCode();
        form.validate(departments, errors);
        rejectTakenSiret(form, id, errors, model);
        if (errors.hasErrors()) {
            return showForm(structure, model);
        }
        try {
            administration.update(id, form.toDetails(departments), authentication.getName());
        } catch (SiretTakenException e) {
            rejectTakenSiret(form, id, errors, model);
            return showForm(structure, model);
        }
        redirect.addFlashAttribute("success", "admin.structures.updated");
        return "redirect:/admin/structures/" + id;
    }

    /** A SIRET held by another organisation: a field error, and the holder for the link next to it. */
    private void rejectTakenSiret(StructureFormData form, Long id, BindingResult errors, Model model) {
        form.rejectSiretHeldByAnother(administration::withSiret, id, errors)
                .ifPresent(holder -> model.addAttribute("holder", holder));
    }

    private String showForm(Organisation structure, Model model) {
        model.addAttribute("structure", structure);
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("departments", territories.departments());
        return FORM;
    }
}
