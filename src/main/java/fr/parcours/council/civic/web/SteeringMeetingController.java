package fr.parcours.council.civic.web;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilService;
import fr.parcours.council.civic.CivicChoices;
import fr.parcours.council.civic.CivicLife;
import fr.parcours.council.civic.SteeringBody;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording the council's participation in a steering-body meeting of the contrat de ville. */
@Controller
@RequestMapping("/councils/{councilId}/civic/steering-meetings")
class SteeringMeetingController {

    static final String VIEW = "council/civic/steering-meeting";

    private final CouncilService councils;
    private final CivicChoices choices;
    private final CivicLife civicLife;
    private final Scopes scopes;

    SteeringMeetingController(CouncilService councils, CivicChoices choices, CivicLife civicLife, Scopes scopes) {
        this.councils = councils;
        this.choices = choices;
        this.civicLife = civicLife;
        this.scopes = scopes;
    }

    @GetMapping("/new")
    String form(@PathVariable long councilId, Authentication authentication, Model model) {
        String userId = authentication.getName();
        addPage(model, councils.visibleTo(councilId, userId, scopes.of(userId)));
        model.addAttribute("form", new SteeringMeetingFormData());
        return VIEW;
    }

    @PostMapping
    String record(@PathVariable long councilId, @Valid @ModelAttribute("form") SteeringMeetingFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        String userId = authentication.getName();
        UserScope scope = scopes.of(userId);
        Council council = councils.visibleTo(councilId, userId, scope);
        form.validate(errors, choices.members(councilId).stream().map(CouncilMember::getId).toList());
        if (errors.hasErrors()) {
            addPage(model, council);
            return VIEW;
        }
        civicLife.recordSteeringMeeting(councilId, form.toRequest(), userId, scope);
        redirect.addFlashAttribute("success", "council.civic.steering.recorded");
        return CivicSection.redirectTo(councilId);
    }

    private void addPage(Model model, Council council) {
        List<CouncilMember> members = choices.members(council.getId());
        model.addAttribute("council", council);
        model.addAttribute("members", members);
        model.addAttribute("bodies", SteeringBody.values());
    }
}
