package fr.parcours.collective.referrals.web;

import fr.parcours.collective.referrals.CollectiveReferral;
import fr.parcours.casework.ConcurrentWrites;
import fr.parcours.collective.referrals.CollectiveReferrals;
import fr.parcours.collective.referrals.ReferralAlreadyDecidedException;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserNames;
import fr.parcours.identity.UserScope;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/** Structures referred by their individual DLA: the region's pending referrals, and the coordinators' decision. */
@Controller
@RequestMapping("/collective/referrals")
class ReferralController {

    private final CollectiveReferrals referrals;
    private final Scopes scopes;
    private final UserNames userNames;
    private final Clock clock;

    ReferralController(CollectiveReferrals referrals, Scopes scopes, UserNames userNames, Clock clock) {
        this.referrals = referrals;
        this.scopes = scopes;
        this.userNames = userNames;
        this.clock = clock;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        List<CollectiveReferral> pending = referrals.pending(scopes.of(authentication.getName()));
        model.addAttribute("referrals", pending);
        model.addAttribute("names", userNames.of(pending.stream().map(CollectiveReferral::getReferredBy).toList()));
        return "collective/referrals";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        ReferralAcceptFormData acceptForm = new ReferralAcceptFormData();
        acceptForm.setJoinedOn(LocalDate.now(clock));
        model.addAttribute("acceptForm", acceptForm);
        model.addAttribute("declineForm", new ReferralDeclineFormData());
        return showReferral(referrals.visibleTo(id, scopes.of(authentication.getName())), model);
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, @Valid @ModelAttribute("acceptForm") ReferralAcceptFormData form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        CollectiveReferral referral = referrals.visibleTo(id, scope);
        if (!referral.isPending()) {
            return alreadyDecided(id, redirect);
        }
        form.validate(errors, referrals.joinableCollectives(referral));
        if (errors.hasErrors()) {
            model.addAttribute("declineForm", new ReferralDeclineFormData());
            return showReferral(referral, model);
        }
        if (!decided(() -> referrals.accept(id, form.getCollectiveId(), form.getJoinedOn(), authentication.getName(),
                scope))) {
            return alreadyDecided(id, redirect);
        }
        redirect.addFlashAttribute("success", "referral.accepted");
        return "redirect:/collective/" + form.getCollectiveId();
    }

    @PostMapping("/{id}/decline")
    String decline(@PathVariable long id, @Valid @ModelAttribute("declineForm") ReferralDeclineFormData form,
                   BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        UserScope scope = scopes.of(authentication.getName());
        CollectiveReferral referral = referrals.visibleTo(id, scope);
        if (!referral.isPending()) {
            return alreadyDecided(id, redirect);
        }
        if (errors.hasErrors()) {
            ReferralAcceptFormData acceptForm = new ReferralAcceptFormData();
            acceptForm.setJoinedOn(LocalDate.now(clock));
            model.addAttribute("acceptForm", acceptForm);
            return showReferral(referral, model);
        }
        if (!decided(() -> referrals.decline(id, form.getReason().strip(), authentication.getName(), scope))) {
            return alreadyDecided(id, redirect);
        }
        redirect.addFlashAttribute("success", "referral.declined");
        return "redirect:/collective/referrals";
    }

    /**
     * False when a colleague decided first: their decision committed while this one ran (a stale version, the
     * structure's participation already there), or just before it, after this request's own check.
     */
    private static boolean decided(Runnable decision) {
        try {
            return ConcurrentWrites.tryWrite(decision);
        } catch (ReferralAlreadyDecidedException decidedMeanwhile) {
            return false;
        }
    }

    private String alreadyDecided(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("warning", "referral.already-decided");
        return "redirect:/collective/referrals/" + id;
    }

    private String showReferral(CollectiveReferral referral, Model model) {
        model.addAttribute("outcome", referrals.outcome(referral));
        model.addAttribute("collectives", referral.isPending() ? referrals.joinableCollectives(referral) : List.of());
        model.addAttribute("names", userNames.of(List.of(referral.getReferredBy(),
                referral.getDecidedBy() == null ? referral.getReferredBy() : referral.getDecidedBy())));
        return "collective/referral";
    }
}
