package fr.parcours.dla.engineering.web;

import fr.parcours.dla.engineering.ConsultantNotices;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A consultant reads the outcomes told to its own organisation; other users have no organisation, so none. */
@Controller
class ConsultantNoticeController {

    private final ConsultantNotices notices;
    private final Scopes scopes;

    ConsultantNoticeController(ConsultantNotices notices, Scopes scopes) {
        this.notices = notices;
        this.scopes = scopes;
    }

    @GetMapping("/missions/notices")
    String list(Authentication authentication, Model model) {
        UserScope scope = scopes.of(authentication.getName());
        model.addAttribute("notices", scope.getOrganisationId() == null
                ? List.of() : notices.addressedTo(scope.getOrganisationId()));
        return "dla/engineering/notices";
    }
}
