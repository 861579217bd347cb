package fr.parcours.council.draws.web;

import fr.parcours.council.CouncilService;
import fr.parcours.council.draws.CouncilDraws;
import fr.parcours.council.draws.DrawListKind;
import fr.parcours.council.draws.DrawRecord;
import fr.parcours.council.members.Gender;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserNames;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a draw by lot of the residents' college and printing its procès-verbal; 404 outside the user's reach. */
@Controller
@RequestMapping("/councils/{councilId}/draws")
class DrawController {

    private final CouncilDraws draws;
    private final CouncilService councils;
    private final Scopes scopes;
    private final UserNames names;

    DrawController(CouncilDraws draws, CouncilService councils, Scopes scopes, UserNames names) {
        this.names = names;
        this.draws = draws;
        this.councils = councils;
        this.scopes = scopes;
    }

    /** {@code rows}: how many persons' rows to offer, for a draw bigger than usual. */
    @GetMapping("/new")
    String form(@PathVariable long councilId, @RequestParam(defaultValue = "" + DrawFormData.PERSON_ROWS) int rows,
                Authentication authentication, Model model) {
        String userId = authentication.getName();
        return showForm(councilId, DrawFormData.blank(Math.max(rows, 1)), userId, scopes.of(userId), model);
    }

    @PostMapping
    String record(@PathVariable long councilId, @Valid @ModelAttribute("drawForm") DrawFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        String userId = authentication.getName();
        UserScope scope = scopes.of(userId);
        councils.visibleTo(councilId, userId, scope);
        form.validate(errors);
        if (errors.hasErrors()) {
            form.padRows(form.getAccepted().size());
            return showForm(councilId, form, userId, scope, model);
        }
        long drawId = draws.record(councilId, form.toNewDraw(), userId, scope).getId();
        redirect.addFlashAttribute("success", "council.draw.recorded");
        return "redirect:/councils/%d/draws/%d".formatted(councilId, drawId);
    }

    @GetMapping("/{drawId}")
    String minutes(@PathVariable long councilId, @PathVariable long drawId, Authentication authentication,
                   Model model) {
        String userId = authentication.getName();
        DrawRecord record = draws.minutes(councilId, drawId, userId, scopes.of(userId));
        String recordedBy = record.draw().getRecordedBy();
        model.addAttribute("record", record);
        model.addAttribute("recordedBy", names.of(List.of(recordedBy)).getOrDefault(recordedBy, recordedBy));
        return "council/draw";
    }

    private String showForm(long councilId, DrawFormData form, String userId, UserScope scope, Model model) {
        model.addAttribute("council", councils.visibleTo(councilId, userId, scope));
        model.addAttribute("drawForm", form);
        model.addAttribute("listKinds", DrawListKind.values());
        model.addAttribute("genders", Gender.values());
        return "council/draw-form";
    }
}
