package fr.parcours.council.members.web;

import fr.parcours.council.CouncilService;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.council.web.CouncilPage;
import fr.parcours.identity.Scopes;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members joining and leaving a council, from its page; only for users who reach the council (404 otherwise). */
@Controller
@RequestMapping("/councils/{councilId}/members")
class CouncilMemberController {

    private final CouncilService councils;
    private final CouncilMembers members;
    private final Scopes scopes;
    private final Clock clock;
    private final CouncilPage page;

    CouncilMemberController(CouncilService councils, CouncilMembers members, Scopes scopes, Clock clock,
                            CouncilPage page) {
        this.councils = councils;
        this.members = members;
        this.scopes = scopes;
        this.clock = clock;
        this.page = page;
    }

    @PostMapping
    String add(@PathVariable long councilId, @Valid @ModelAttribute("memberForm") MemberFormData form,
               BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        String userId = authentication.getName();
        councils.visibleTo(councilId, userId, scopes.of(userId));
        if (errors.hasErrors()) {
            return page.show(councilId, userId, model);
        }
        members.addMember(councilId, form.toNewMember(), userId);
        redirect.addFlashAttribute("success", "council.member.added");
        return "redirect:/councils/" + councilId;
    }

    /** A missing, future or pre-joining date is refused with a notice and changes nothing. */
    @PostMapping("/{memberId}/leave")
    String leave(@PathVariable long councilId, @PathVariable long memberId,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
                 Authentication authentication, RedirectAttributes redirect) {
        String userId = authentication.getName();
        councils.visibleTo(councilId, userId, scopes.of(userId));
        boolean mayLeave = leftOn != null && !leftOn.isAfter(LocalDate.now(clock))
                && members.activeMembers(councilId).stream()
                        .anyMatch(m -> m.getId() == memberId && !m.getJoinedOn().isAfter(leftOn));
        if (mayLeave) {
            members.leave(councilId, memberId, leftOn, userId);
            redirect.addFlashAttribute("success", "council.member.left");
        } else {
            redirect.addFlashAttribute("warning", "council.member.leave-refused");
        }
        return "redirect:/councils/" + councilId;
    }
}
