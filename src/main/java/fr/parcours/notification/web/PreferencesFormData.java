package fr.parcours.notification.web;

import fr.parcours.notification.Frequency;
import fr.parcours.notification.Preference;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The notification preferences form: how often, and the language of the mails (blank: French). */
public class PreferencesFormData {

    @NotNull
    private Frequency frequency;

    @Pattern(regexp = "fr|en|")
    private String language = "";

    static PreferencesFormData from(Preference preference) {
        PreferencesFormData form = new PreferencesFormData();
        form.frequency = preference.frequency();
        form.language = preference.language() == null ? "" : preference.language();
        return form;
    }

    Preference toPreference() {
        return new Preference(frequency, language == null || language.isEmpty() ? null : language);
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
