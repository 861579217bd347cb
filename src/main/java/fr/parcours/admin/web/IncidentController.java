package fr.parcours.admin.web;

import fr.parcours.admin.Incidents;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The engine's incidents for administrators: what failed, in which case, why, and a retry. */
@Controller
class IncidentController {

    static final int LIMIT = 200;

    private final Incidents incidents;

    IncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/admin/incidents")
    String list(Model model) {
        model.addAttribute("incidents", incidents.open(LIMIT));
        model.addAttribute("total", incidents.count());
        model.addAttribute("limit", LIMIT);
        return "admin/incidents";
    }

    @GetMapping("/admin/incidents/{incidentId}")
    String detail(@PathVariable String incidentId, Model model) {
        model.addAttribute("incident", incidents.find(incidentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("stackTrace", incidents.stackTrace(incidentId).orElse(null));
        return "admin/incident";
    }

    @PostMapping("/admin/incidents/{incidentId}/retry")
    String retry(@PathVariable String incidentId, Authentication authentication, RedirectAttributes redirect) {
        // An incident resolved meanwhile no longer exists: 404, as for any record gone.
        if (!incidents.retry(incidentId, authentication.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("success", "admin.incidents.retried");
        return "redirect:/admin/incidents";
    }
}
