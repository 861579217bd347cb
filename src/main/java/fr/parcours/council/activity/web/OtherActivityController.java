package fr.parcours.council.activity.web;

import fr.parcours.council.CouncilService;
import fr.parcours.council.activity.ActivityAxis;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A facilitator enters an activity that no cycle form records (a partners' meeting, a training, support to a
 * member's project) for one of their councils; it joins their activity sheet. Facilitators only (403).
 */
@Controller
@RequestMapping("/councils/activity/new")
class OtherActivityController {

    private final CouncilActivities activities;
    private final CouncilService councils;
    private final Scopes scopes;

    OtherActivityController(CouncilActivities activities, CouncilService councils, Scopes scopes) {
        this.activities = activities;
        this.councils = councils;
        this.scopes = scopes;
    }

    @GetMapping
    String show(Authentication authentication, Model model) {
        requireFacilitator(authentication);
        model.addAttribute("form", new OtherActivityFormData());
        return showForm(authentication.getName(), model);
    }

    @PostMapping
    String submit(@Valid @ModelAttribute("form") OtherActivityFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        requireFacilitator(authentication);
        if (errors.hasErrors()) {
            return showForm(authentication.getName(), model);
        }
        String userId = authentication.getName();
        activities.recordOther(form.toActivity(), userId, scopes.of(userId));
        redirect.addFlashAttribute("success", "council.activity.recorded");
        return "redirect:/councils/activity";
    }

    private String showForm(String userId, Model model) {
        model.addAttribute("councils", councils.visibleList(userId, scopes.of(userId)));
        model.addAttribute("axes", ActivityAxis.values());
        return "council/activity-new";
    }

    private static void requireFacilitator(Authentication authentication) {
        if (authentication.getAuthorities().stream()
                .noneMatch(a -> Groups.authority(Groups.FACILITATORS).equals(a.getAuthority()))) {
            throw new AccessDeniedException("Only facilitators enter their activities");
        }
    }
}
