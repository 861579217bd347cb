package fr.parcours.council.web;

import fr.parcours.council.CouncilCycles;
import fr.parcours.council.CouncilOverview;
import fr.parcours.council.CouncilOverviews;
import fr.parcours.council.CouncilService;
import fr.parcours.identity.Scopes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The councils within the user's reach, one council's page and its meetings' attendance records. */
@Controller
@RequestMapping("/councils")
class CouncilController {

    private final CouncilService councils;
    private final CouncilOverviews overviews;
    private final CouncilCycles cycles;
    private final Scopes scopes;
    private final CouncilPage page;

    CouncilController(CouncilService councils, CouncilOverviews overviews, CouncilCycles cycles, Scopes scopes,
                      CouncilPage page) {
        this.page = page;
        this.cycles = cycles;
        this.councils = councils;
        this.overviews = overviews;
        this.scopes = scopes;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        String userId = authentication.getName();
        model.addAttribute("councils", councils.visibleList(userId, scopes.of(userId)));
        return "council/councils";
    }

    @GetMapping("/{councilId}")
    String show(@PathVariable long councilId, Authentication authentication, Model model) {
        return page.show(councilId, authentication.getName(), model);
    }

    /** The first cycle, from the council page; the following ones start when each cycle's period is over. */
    @PostMapping("/{councilId}/cycles")
    String startFirstCycle(@PathVariable long councilId, Authentication authentication, RedirectAttributes redirect) {
        String userId = authentication.getName();
        CouncilOverview overview = overviews.overview(councilId, userId, scopes.of(userId));
        if (overview.cycles().isEmpty()) {
            cycles.startFirst(councilId, userId);
            redirect.addFlashAttribute("success", "council.cycle.started");
        }
        return "redirect:/councils/" + councilId;
    }

    @GetMapping("/{councilId}/meetings/{meetingId}/attendance")
    String attendance(@PathVariable long councilId, @PathVariable long meetingId, Authentication authentication,
                      Model model) {
        String userId = authentication.getName();
        model.addAttribute("sheet", overviews.attendance(councilId, meetingId, userId, scopes.of(userId)));
        return "council/attendance";
    }
}
