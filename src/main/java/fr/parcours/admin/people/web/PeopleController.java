package fr.parcours.admin.people.web;

import fr.parcours.admin.LockAdministration;
import fr.parcours.admin.operators.DlaOperators;
import fr.parcours.admin.people.Assignments;
import fr.parcours.admin.people.People;
import fr.parcours.admin.people.PeopleRefusedException;
import fr.parcours.admin.people.PersonRow;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.Role;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts.UserIdTakenException;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.Territories;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's people: list and search, create, change, deactivate, reactivate, passwords, hand-over. */
@Controller
@RequestMapping("/admin/users")
class PeopleController {

    private static final String FORM = "personForm";

    private final People people;
    private final Assignments assignments;
    private final DlaOperators operators;
    private final OrganisationRepository organisations;
    private final Territories territories;
    private final LockAdministration locks;
    private final Scopes scopes;
    private final SmartValidator validator;

    PeopleController(People people, Assignments assignments, DlaOperators operators,
                     OrganisationRepository organisations, Territories territories, LockAdministration locks,
                     Scopes scopes, SmartValidator validator) {
        this.people = people;
        this.assignments = assignments;
        this.operators = operators;
        this.organisations = organisations;
        this.territories = territories;
        this.locks = locks;
        this.scopes = scopes;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(required = false) String state, Model model) {
        model.addAttribute("people", People.filter(people.list(), q, role, state));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("state", state);
        model.addAttribute("roles", Role.values());
        model.addAttribute("states", List.of("active", "inactive", "locked", "flagged"));
        return "admin/people";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        return showForm(null, new PersonFormData(), model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute(FORM) PersonFormData form, BindingResult errors, Authentication authentication,
                  Model model, RedirectAttributes redirect) {
        validate(form, errors);
        if (errors.hasErrors()) {
            return showForm(null, form, model);
        }
        String password;
        try {
            password = people.create(form.toPerson(), form.toAssignment(), authentication.getName(),
                    scopes.of(authentication.getName()));
        } catch (UserIdTakenException taken) {
            errors.rejectValue("userId", "admin.people.error.id-taken");
            return showForm(null, form, model);
        }
        redirect.addFlashAttribute("success", "admin.people.created");
        redirect.addFlashAttribute("temporaryPassword", password);
        return "redirect:/admin/users/" + form.toPerson().id();
    }

    @GetMapping("/{userId}")
    String show(@PathVariable String userId, Model model) {
        PersonRow person = person(userId);
        model.addAttribute("person", person);
        model.addAttribute("colleagues", person.role() == Role.OFFICER ? people.colleaguesOf(userId) : List.of());
        return "admin/person";
    }

    @GetMapping("/{userId}/edit")
    String edit(@PathVariable String userId, Model model) {
        PersonRow person = person(userId);
        String[] names = people.names(userId);
        return showForm(person, PersonFormData.of(userId, names[0], names[1], person.email(),
                people.assignmentOf(userId)), model);
    }

    @PostMapping("/{userId}/edit")
    String update(@PathVariable String userId, @ModelAttribute(FORM) PersonFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        PersonRow person = person(userId);
        form.setUserId(userId);
        validate(form, errors);
        if (!errors.hasErrors()) {
            try {
                people.update(form.toPerson(), form.toAssignment(), authentication.getName(),
                        scopes.of(authentication.getName()));
                redirect.addFlashAttribute("success", "admin.people.updated");
                return "redirect:/admin/users/" + userId;
            } catch (PeopleRefusedException refused) {
                errors.reject(refused.messageKey(), refused.arguments(), null);
            }
        }
        return showForm(person, form, model);
    }

    @PostMapping("/{userId}/deactivate")
    String deactivate(@PathVariable String userId, Authentication authentication, RedirectAttributes redirect) {
        person(userId);
        try {
            people.deactivate(userId, authentication.getName());
            redirect.addFlashAttribute("success", "admin.people.deactivated");
        } catch (PeopleRefusedException refused) {
            refusal(redirect, refused);
        }
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/{userId}/reactivate")
    String reactivate(@PathVariable String userId, Authentication authentication, RedirectAttributes redirect) {
        person(userId);
        people.reactivate(userId, authentication.getName());
        redirect.addFlashAttribute("success", "admin.people.reactivated");
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/{userId}/password")
    String resetPassword(@PathVariable String userId, Authentication authentication, RedirectAttributes redirect) {
        person(userId);
        redirect.addFlashAttribute("temporaryPassword", people.resetPassword(userId, authentication.getName()));
        redirect.addFlashAttribute("success", "admin.people.password-reset");
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/{userId}/unlock")
    String unlock(@PathVariable String userId, Authentication authentication, RedirectAttributes redirect) {
        person(userId);
        locks.lift(userId, authentication.getName());
        redirect.addFlashAttribute("success", "admin.locks.lifted");
        return "redirect:/admin/users/" + userId;
    }

    @PostMapping("/{userId}/hand-over")
    String handOver(@PathVariable String userId, @RequestParam(defaultValue = "") String toUserId,
                    Authentication authentication, RedirectAttributes redirect) {
        person(userId);
        try {
            people.handOver(userId, toUserId, authentication.getName());
            redirect.addFlashAttribute("success", "admin.people.handed-over");
        } catch (PeopleRefusedException refused) {
            refusal(redirect, refused);
        }
        return "redirect:/admin/users/" + userId;
    }

    private PersonRow person(String userId) {
        return people.find(userId).orElseThrow(() -> new CaseNotFoundException(userId));
    }

    private static void refusal(RedirectAttributes redirect, PeopleRefusedException refused) {
        redirect.addFlashAttribute("refusal", refused.messageKey());
        redirect.addFlashAttribute("refusalArguments", refused.arguments());
    }

    private void validate(PersonFormData form, BindingResult errors) {
        validator.validate(form, errors);
        if (form.getRole() != null) {
            assignments.check(form.toAssignment()).forEach(errors::rejectValue);
        }
    }

    private String showForm(PersonRow person, PersonFormData form, Model model) {
        model.addAttribute("person", person);
        model.addAttribute(FORM, form);
        model.addAttribute("roles", Role.values());
        List<DlaOperators.Operator> all = operators.all();
        java.util.Set<String> covered = all.stream().flatMap(operator -> operator.departmentCodes().stream())
                .collect(java.util.stream.Collectors.toSet());
        model.addAttribute("operators", all);
        model.addAttribute("officerDepartments", territories.departments().stream()
                .filter(department -> covered.contains(department.code())).toList());
        model.addAttribute("prestataires", organisations.findByKindOrderByName(OrganisationKind.CONSULTANT));
        model.addAttribute("carriers", organisations.findByKindOrderByName(OrganisationKind.OPERATOR));
        model.addAttribute("regions", territories.regions());
        model.addAttribute("departments", territories.departments());
        model.addAttribute("councils", assignments.councils());
        return "admin/person-form";
    }
}
