package fr.parcours.council.civic.web;

import fr.parcours.casework.ConcurrentWrites;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilService;
import fr.parcours.council.civic.CivicChoices;
import fr.parcours.council.civic.CivicLife;
import fr.parcours.council.civic.Institution;
import fr.parcours.council.civic.Interpellation;
import fr.parcours.council.civic.InterpellationStatus;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import jakarta.validation.Valid;
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

/** Interpellations of institutions by the council: sending one, then its answer or the lack of one. */
@Controller
@RequestMapping("/councils/{councilId}/civic/interpellations")
class InterpellationController {

    static final String VIEW = "council/civic/interpellation";
    static final String ANSWER_VIEW = "council/civic/answer";

    private final CouncilService councils;
    private final CivicChoices choices;
    private final CivicLife civicLife;
    private final Scopes scopes;

    InterpellationController(CouncilService councils, CivicChoices choices, CivicLife civicLife, Scopes scopes) {
        this.councils = councils;
        this.choices = choices;
        this.civicLife = civicLife;
        this.scopes = scopes;
    }

    @GetMapping("/new")
    String form(@PathVariable long councilId, Authentication authentication, Model model) {
        String userId = authentication.getName();
        addPage(model, councils.visibleTo(councilId, userId, scopes.of(userId)));
        model.addAttribute("form", new InterpellationFormData());
        return VIEW;
    }

    @PostMapping
    String send(@PathVariable long councilId, @Valid @ModelAttribute("form") InterpellationFormData form,
                BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        String userId = authentication.getName();
        UserScope scope = scopes.of(userId);
        Council council = councils.visibleTo(councilId, userId, scope);
        form.validate(errors, choices.heldMeetings(councilId));
        if (errors.hasErrors()) {
            addPage(model, council);
            return VIEW;
        }
        civicLife.send(councilId, form.toRequest(), userId, scope);
        redirect.addFlashAttribute("success", "council.civic.interpellation.sent");
        return CivicSection.redirectTo(councilId);
    }

    /** An interpellation already answered keeps its answer: no form, a notice on the council page. */
    @GetMapping("/{interpellationId}/answer")
    String answerForm(@PathVariable long councilId, @PathVariable long interpellationId,
                      Authentication authentication, Model model, RedirectAttributes redirect) {
        String userId = authentication.getName();
        UserScope scope = scopes.of(userId);
        Interpellation interpellation = civicLife.interpellation(councilId, interpellationId, userId, scope);
        if (interpellation.getStatus() == InterpellationStatus.ANSWERED) {
            return alreadyAnswered(councilId, redirect);
        }
        addAnswerPage(model, councils.visibleTo(councilId, userId, scope), interpellation);
        model.addAttribute("form", new AnswerFormData());
        return ANSWER_VIEW;
    }

    @PostMapping("/{interpellationId}/answer")
    String answer(@PathVariable long councilId, @PathVariable long interpellationId,
                  @Valid @ModelAttribute("form") AnswerFormData form, BindingResult errors,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        String userId = authentication.getName();
        UserScope scope = scopes.of(userId);
        Interpellation interpellation = civicLife.interpellation(councilId, interpellationId, userId, scope);
        if (interpellation.getStatus() == InterpellationStatus.ANSWERED) {
            return alreadyAnswered(councilId, redirect);
        }
        form.validate(errors, interpellation.getSentOn());
        if (errors.hasErrors()) {
            addAnswerPage(model, councils.visibleTo(councilId, userId, scope), interpellation);
            return ANSWER_VIEW;
        }
        if (!answeredNow(councilId, interpellationId, form, userId, scope)) {
            // Someone recorded an answer at the same moment: theirs stands; this one stays on screen, not saved.
            errors.reject("council.civic.interpellation.answered-meanwhile");
            addAnswerPage(model, councils.visibleTo(councilId, userId, scope),
                    civicLife.interpellation(councilId, interpellationId, userId, scope));
            return ANSWER_VIEW;
        }
        redirect.addFlashAttribute("success", "council.civic.interpellation.answered");
        return CivicSection.redirectTo(councilId);
    }

    /** Only an interpellation still waiting can be closed as unanswered; otherwise a notice, nothing changes. */
    @PostMapping("/{interpellationId}/no-answer")
    String closeWithoutAnswer(@PathVariable long councilId, @PathVariable long interpellationId,
                              Authentication authentication, RedirectAttributes redirect) {
        String userId = authentication.getName();
        UserScope scope = scopes.of(userId);
        Interpellation interpellation = civicLife.interpellation(councilId, interpellationId, userId, scope);
        if (interpellation.getStatus() == InterpellationStatus.SENT) {
            civicLife.closeWithoutAnswer(councilId, interpellationId, userId, scope);
            redirect.addFlashAttribute("success", "council.civic.interpellation.closed");
        } else {
            redirect.addFlashAttribute("warning", "council.civic.interpellation.not-waiting");
        }
        return CivicSection.redirectTo(councilId);
    }

    /** False when another answer was recorded between the check above and this write (its version, or its status). */
    private boolean answeredNow(long councilId, long interpellationId, AnswerFormData form, String userId,
                                UserScope scope) {
        try {
            return ConcurrentWrites.tryWrite(() -> civicLife.answer(councilId, interpellationId, form.toAnswer(),
                    userId, scope));
        } catch (IllegalStateException answeredMeanwhile) {
            return false;
        }
    }

    private static String alreadyAnswered(long councilId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("warning", "council.civic.interpellation.already-answered");
        return CivicSection.redirectTo(councilId);
    }

    private void addPage(Model model, Council council) {
        model.addAttribute("council", council);
        model.addAttribute("institutions", Institution.values());
        model.addAttribute("meetings", choices.heldMeetings(council.getId()));
    }

    private void addAnswerPage(Model model, Council council, Interpellation interpellation) {
        model.addAttribute("council", council);
        model.addAttribute("interpellation", interpellation);
    }
}
