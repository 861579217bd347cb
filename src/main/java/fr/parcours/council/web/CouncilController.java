package fr.parcours.council.web;

import fr.parcours.council.CouncilService;
import fr.parcours.identity.Scopes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The councils within the user's reach and one council's page. */
@Controller
@RequestMapping("/councils")
class CouncilController {

    private final CouncilService councils;
    private final Scopes scopes;
    private final CouncilPage page;

    CouncilController(CouncilService councils, Scopes scopes, CouncilPage page) {
        this.councils = councils;
        this.scopes = scopes;
        this.page = page;
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
}
