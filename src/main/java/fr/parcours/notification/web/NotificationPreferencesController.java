package fr.parcours.notification.web;

import fr.parcours.notification.Frequency;
import fr.parcours.notification.MailAddressFlags;
import fr.parcours.notification.NotificationPreferences;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person's own notification preferences; nobody reads or changes another's. */
@Controller
class NotificationPreferencesController {

    static final String PATH = "/profile/notifications";
    static final List<String> LANGUAGES = List.of("", "fr", "en");

    private final NotificationPreferences preferences;
    private final MailAddressFlags flags;

    NotificationPreferencesController(NotificationPreferences preferences, MailAddressFlags flags) {
        this.preferences = preferences;
        this.flags = flags;
    }

    @GetMapping(PATH)
    String show(Authentication authentication, Model model) {
        model.addAttribute("form", PreferencesFormData.from(preferences.of(authentication.getName())));
        return page(authentication, model);
    }

    @PostMapping(PATH)
    String save(@Valid @ModelAttribute("form") PreferencesFormData form, BindingResult errors,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(authentication, model);
        }
        preferences.save(authentication.getName(), form.toPreference());
        redirect.addFlashAttribute("success", "notification.preferences.saved");
        return "redirect:" + PATH;
    }

    private String page(Authentication authentication, Model model) {
        model.addAttribute("frequencies", List.of(Frequency.values()));
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("flag", flags.flagOf(authentication.getName()).orElse(null));
        return "notification/preferences";
    }
}
