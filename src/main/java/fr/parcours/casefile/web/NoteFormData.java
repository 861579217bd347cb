package fr.parcours.casefile.web;

import fr.parcours.casefile.CaseNote;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note's text, new or changed within its author's window. */
public class NoteFormData {

    @NotBlank
    @Size(max = CaseNote.MAX_LENGTH)
    private String text;

    static NoteFormData of(CaseNote note) {
        NoteFormData form = new NoteFormData();
        form.setText(note.getText());
        return form;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
