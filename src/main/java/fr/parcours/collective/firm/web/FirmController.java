package fr.parcours.collective.firm.web;

import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.selection.CollectiveNotices;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The consultant firm's view of the collectives it was chosen for: their sessions and participating structures,
 * nothing of the coordinators' work (notes, selection, dashboards). Another firm's collective is a 404. The list
 * also shows the outcome of every collective selection the firm was preselected for, retained or not.
 */
@Controller
@RequestMapping(FirmController.PATH)
public class FirmController {

    public static final String PATH = "/collective/firm";

    private final CollectiveService collectives;
    private final CollectiveNotices notices;
    private final Scopes scopes;

    FirmController(CollectiveService collectives, CollectiveNotices notices, Scopes scopes) {
        this.collectives = collectives;
        this.notices = notices;
        this.scopes = scopes;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        UserScope scope = scopes.of(authentication.getName());
        model.addAttribute("collectives", collectives.chosenList(scope));
        model.addAttribute("notices", notices.addressedTo(scope));
        return "collective/firm-collectives";
    }

    @GetMapping("/{collectiveId}")
    String show(@PathVariable long collectiveId, Authentication authentication, Model model) {
        model.addAttribute("overview", collectives.firmOverview(collectiveId, scopes.of(authentication.getName())));
        return "collective/firm-collective";
    }
}
