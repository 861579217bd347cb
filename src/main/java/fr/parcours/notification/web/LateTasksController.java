package fr.parcours.notification.web;

import fr.parcours.notification.LateTasks;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Tâches en retard": the still open tasks escalated to the person who reads it. */
@Controller
class LateTasksController {

    private final LateTasks lateTasks;

    LateTasksController(LateTasks lateTasks) {
        this.lateTasks = lateTasks;
    }

    @GetMapping("/overdue-tasks")
    String overdue(Authentication authentication, Locale locale, Model model) {
        model.addAttribute("tasks", lateTasks.escalatedTo(authentication.getName(), locale));
        return "notification/overdue";
    }
}
