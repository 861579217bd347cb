package fr.parcours.dla.web;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import jakarta.validation.Valid;
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

/** Officers record a structure's request and follow the accompaniments of their territory. */
@Controller
@RequestMapping("/dla/accompaniments")
class AccompanimentController {

    private static final int LIST_SIZE = 100;

    private final AccompanimentService accompaniments;
    private final Scopes scopes;

    AccompanimentController(AccompanimentService accompaniments, Scopes scopes) {
        this.accompaniments = accompaniments;
        this.scopes = scopes;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        model.addAttribute("accompaniments",
                accompaniments.latestVisible(scopes.of(authentication.getName()), LIST_SIZE));
        return "dla/accompaniments";
    }

    @GetMapping("/new")
    String newRequest(Authentication authentication, Model model) {
        model.addAttribute("form", new NewAccompanimentFormData());
        return showNewForm(authentication, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewAccompanimentFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return showNewForm(authentication, model);
        }
        CurrentUser user = CurrentUser.of(authentication);
        Accompaniment opened = accompaniments.open(form.getOrganisationId(), form.getMotive().strip(), user.id(),
                scopes.of(user.id()));
        redirect.addFlashAttribute("success", "accompaniment.opened");
        return "redirect:/dla/accompaniments/" + opened.getId();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("accompaniment", accompaniments.visibleTo(id, scopes.of(authentication.getName())));
        return "dla/accompaniment";
    }

    private String showNewForm(Authentication authentication, Model model) {
        UserScope scope = scopes.of(authentication.getName());
        model.addAttribute("structures", accompaniments.structuresOpenTo(scope));
        return "dla/new-accompaniment";
    }
}
