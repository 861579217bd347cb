package fr.parcours.admin.web;

import fr.parcours.admin.LockAdministration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts whose logins are refused now, and the button that lets one log in again. */
@Controller
class LockController {

    private final LockAdministration administration;

    LockController(LockAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/locks")
    String locks(Model model) {
        model.addAttribute("locks", administration.lockedAccounts());
        return "admin/locks";
    }

    @PostMapping("/admin/locks/lift")
    String lift(@RequestParam String userId, Authentication authentication, RedirectAttributes redirect) {
        administration.lift(userId, authentication.getName());
        redirect.addFlashAttribute("success", "admin.locks.lifted");
        return "redirect:/admin/locks";
    }
}
