package fr.parcours.dla.web;

import fr.parcours.audit.AuditRecord;
import fr.parcours.audit.AuditTrail;
import fr.parcours.audit.CaseEvent;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentCaseFile;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.CaseFileSection;
import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserNames;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.SiretTakenException;
import fr.parcours.organisation.Territories;
import fr.parcours.organisation.Territory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers record a structure's request and follow the accompaniments of their territory. */
@Controller
@RequestMapping("/dla/accompaniments")
class AccompanimentController {

    private static final int LIST_SIZE = 100;

    /** One case-file section ready to render: its fragment reads {@code section.model}. */
    record RenderedSection(String fragment, Map<String, Object> model) {
    }

    private final AccompanimentService accompaniments;
    private final AccompanimentCaseFile caseFile;
    private final AuditTrail auditTrail;
    private final ObjectProvider<CaseFileSection> sections;
    private final SmartValidator validator;
    private final Scopes scopes;
    private final UserNames userNames;
    private final Territories territories;

    AccompanimentController(AccompanimentService accompaniments, AccompanimentCaseFile caseFile, AuditTrail auditTrail,
                            ObjectProvider<CaseFileSection> sections, SmartValidator validator, Scopes scopes,
                            UserNames userNames, Territories territories) {
        this.accompaniments = accompaniments;
        this.caseFile = caseFile;
        this.auditTrail = auditTrail;
        this.sections = sections;
        this.validator = validator;
        this.scopes = scopes;
        this.userNames = userNames;
        this.territories = territories;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        model.addAttribute("accompaniments",
                accompaniments.latestVisible(scopes.of(authentication.getName()), LIST_SIZE));
        return "dla/accompaniments";
    }

    @GetMapping("/new")
    String newRequest(Authentication authentication, Model model) {
        NewAccompanimentFormData form = new NewAccompanimentFormData();
        List<Territory> openTerritories = accompaniments.territoriesOpenTo(scopes.of(authentication.getName()));
        if (openTerritories.size() == 1) {
            form.setDepartmentCode(openTerritories.get(0).departmentCode());
        }
        model.addAttribute("form", form);
        return showNewForm(authentication, model);
    }

    @PostMapping
    String create(@Validated(NewAccompanimentFormData.Request.class) @ModelAttribute("form")
                  NewAccompanimentFormData form, BindingResult errors, Authentication authentication, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.of(authentication);
        UserScope scope = scopes.of(user.id());
        List<Territory> openTerritories = accompaniments.territoriesOpenTo(scope);
        if (form.isNewStructure()) {
            validator.validate(form, errors);
            form.validateNewStructure(openTerritories, errors);
            if (!errors.hasFieldErrors("siret") && accompaniments.isSiretRegistered(form.getSiret())) {
                errors.rejectValue("siret", "intake.siret.taken");
            }
        } else {
            form.validateExistingChoice(accompaniments.structuresOpenTo(scope).stream().map(Organisation::getId)
                    .toList(), errors);
        }
        if (errors.hasErrors()) {
            return showNewForm(authentication, model);
        }
        Accompaniment opened;
        try {
            opened = form.isNewStructure()
                    ? accompaniments.openForNewStructure(form.toNewStructure(openTerritories), form.getMotive().strip(),
                            user.id(), scope)
                    : accompaniments.open(form.getOrganisationId(), form.getMotive().strip(), user.id(), scope);
        } catch (SiretTakenException | DataIntegrityViolationException registeredMeanwhile) {
            // A colleague registered the same SIRET since the check above: nothing was saved.
            errors.rejectValue("siret", "intake.siret.taken");
            return showNewForm(authentication, model);
        }
        redirect.addFlashAttribute("success", "accompaniment.opened");
        return "redirect:/dla/accompaniments/" + opened.getId();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        CurrentUser viewer = CurrentUser.of(authentication);
        Accompaniment accompaniment = accompaniments.visibleTo(id, scopes.of(viewer.id()));
        model.addAttribute("accompaniment", accompaniment);
        model.addAttribute("nextTasks", caseFile.nextTasks(accompaniment));
        model.addAttribute("sections", sections.stream()
                .sorted(Comparator.comparingInt(CaseFileSection::order))
                .map(section -> new RenderedSection(section.fragment(), section.model(accompaniment, viewer)))
                .toList());
        List<AuditRecord> timeline = auditTrail.timeline(CaseEvent.ACCOMPANIMENT, id);
        model.addAttribute("timeline", timeline);
        model.addAttribute("actorNames", userNames.of(timeline.stream().map(AuditRecord::getActor).toList()));
        return "dla/accompaniment";
    }

    private String showNewForm(Authentication authentication, Model model) {
        UserScope scope = scopes.of(authentication.getName());
        model.addAttribute("structures", accompaniments.structuresOpenTo(scope));
        List<String> open = accompaniments.territoriesOpenTo(scope).stream().map(Territory::departmentCode).toList();
        model.addAttribute("departments", territories.departments().stream()
                .filter(department -> open.contains(department.code())).toList());
        model.addAttribute("legalForms", LegalForm.values());
        return "dla/new-accompaniment";
    }
}
