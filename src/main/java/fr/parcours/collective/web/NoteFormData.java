package fr.parcours.collective.web;

import fr.parcours.collective.StepNote;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of a written step: cahier des charges, end evaluation, follow-up, or what to do about lateness. */
public class NoteFormData {

    @NotBlank
    @Size(max = 4000)
    private String text;

    StepNote toNote(String userId) {
        return new StepNote(text.strip(), userId);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
