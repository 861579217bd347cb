package fr.parcours.admin.web;

import fr.parcours.admin.FirstRunChecklist;
import fr.parcours.identity.StartupMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration's home: one card per section and, outside demo mode, the first-run checklist. */
@Controller
class AdminHomeController {

    private final FirstRunChecklist checklist;
    private final StartupMode mode;

    AdminHomeController(FirstRunChecklist checklist, StartupMode mode) {
        this.checklist = checklist;
        this.mode = mode;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("checklist", mode.isDemo() ? null : checklist.items());
        return "admin/home";
    }
}
