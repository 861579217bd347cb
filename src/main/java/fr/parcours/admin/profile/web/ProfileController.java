package fr.parcours.admin.profile.web;

import fr.parcours.admin.people.People;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.AccountStateFilter;
import fr.parcours.identity.UserAccounts;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own page: their role and scope, and their password (required first when it is a temporary one). */
@Controller
class ProfileController {

    private final People people;
    private final UserAccounts accounts;

    ProfileController(People people, UserAccounts accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    @GetMapping("/profile")
    String profile(Authentication authentication, Model model) {
        model.addAttribute("person", people.find(authentication.getName())
                .orElseThrow(() -> new CaseNotFoundException(authentication.getName())));
        return "profile/profile";
    }

    @GetMapping(AccountStateFilter.CHANGE_PASSWORD_PATH)
    String passwordForm(Authentication authentication, Model model) {
        return showForm(authentication, new PasswordFormData(), model);
    }

    @PostMapping(AccountStateFilter.CHANGE_PASSWORD_PATH)
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordFormData form, BindingResult errors,
                          Authentication authentication, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("confirmation")
                && !form.getNewPassword().equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "profile.password.error.confirmation");
        }
        if (errors.hasErrors()) {
            return showForm(authentication, form, model);
        }
        try {
            List<String> broken = accounts.changeOwnPassword(authentication.getName(), form.getCurrentPassword(),
                    form.getNewPassword());
            if (!broken.isEmpty()) {
                broken.forEach(rule -> errors.rejectValue("newPassword", "profile.password.policy." + rule));
                return showForm(authentication, form, model);
            }
        } catch (UserAccounts.WrongPasswordException wrong) {
            errors.rejectValue("currentPassword", "profile.password.error.current");
            return showForm(authentication, form, model);
        }
        redirect.addFlashAttribute("success", "profile.password.changed");
        return "redirect:/profile";
    }

    private String showForm(Authentication authentication, PasswordFormData form, Model model) {
        model.addAttribute("passwordForm", form);
        model.addAttribute("required", accounts.accountOf(authentication.getName())
                .map(account -> account.isPasswordChangeRequired()).orElse(false));
        return "profile/password";
    }
}
