package fr.parcours.council.cycles.web;

import fr.parcours.casework.ConcurrentWrites;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.cycles.CouncilOverviews;
import fr.parcours.identity.Scopes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A council's first cycle, started from its page; the following ones start when each cycle's period is over. */
@Controller
class FirstCycleController {

    private final CouncilOverviews overviews;
    private final CouncilCycles cycles;
    private final Scopes scopes;

    FirstCycleController(CouncilOverviews overviews, CouncilCycles cycles, Scopes scopes) {
        this.overviews = overviews;
        this.cycles = cycles;
        this.scopes = scopes;
    }

    /** Once the council has its cycles, nothing happens: the page shows them. */
    @PostMapping("/councils/{councilId}/cycles")
    String startFirstCycle(@PathVariable long councilId, Authentication authentication, RedirectAttributes redirect) {
        String userId = authentication.getName();
        if (overviews.overview(councilId, userId, scopes.of(userId)).cycles().isEmpty()) {
            if (ConcurrentWrites.tryWrite(() -> cycles.startFirst(councilId, userId))) {
                redirect.addFlashAttribute("success", "council.cycle.started");
            }
        }
        return "redirect:/councils/" + councilId;
    }
}
