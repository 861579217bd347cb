package fr.parcours.casefile.web;

import fr.parcours.casefile.CaseFiles;
import fr.parcours.casefile.CaseNote;
import fr.parcours.casefile.CaseNotes;
import fr.parcours.casefile.NoteTextException;
import fr.parcours.casework.CaseNotFoundException;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case file's page and its thread of notes: read by everyone in the case's scope, written by the roles that work
 * the case, a note changed by its author within its window, redacted by an administrator. The thread answers htmx
 * with its fragment (embedded in the case's page) and a plain browser with the case file's page.
 */
@Controller
@RequestMapping("/case-files/{kind}/{id}")
class CaseNotesController {

    static final String PAGE = "casefile/case-file";
    static final String THREAD = "casefile/notes :: thread";

    private final CaseFileModel caseFileModel;
    private final CaseFiles caseFiles;
    private final CaseNotes notes;
    private final Clock clock;

    CaseNotesController(CaseFileModel caseFileModel, CaseFiles caseFiles, CaseNotes notes, Clock clock) {
        this.caseFileModel = caseFileModel;
        this.caseFiles = caseFiles;
        this.notes = notes;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable String kind, @PathVariable long id, Authentication authentication, Model model) {
        caseFileModel.page(kind, id, authentication, model);
        return PAGE;
    }

    @GetMapping("/notes")
    String thread(@PathVariable String kind, @PathVariable long id, Authentication authentication, Model model) {
        caseFileModel.notes(kind, id, authentication, model);
        return THREAD;
    }

    @PostMapping("/notes")
    String add(@PathVariable String kind, @PathVariable long id, @Valid @ModelAttribute("noteForm") NoteFormData form,
               BindingResult errors, @RequestHeader(value = "HX-Request", required = false) String htmx,
               Authentication authentication, Model model, RedirectAttributes redirect) {
        caseFiles.open(kind, id, authentication.getName());
        if (!errors.hasErrors()) {
            try {
                notes.add(kind, id, form.getText(), authentication.getName());
            } catch (NoteTextException refused) {
                errors.rejectValue("text", refused.getMessageKey());
            }
        }
        if (errors.hasErrors()) {
            return shownAgain(kind, id, htmx, authentication, model);
        }
        if (htmx != null) {
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "noteForm");
            model.addAttribute("noteForm", new NoteFormData());
            model.addAttribute("casefileSuccess", "casefile.note.added");
            caseFileModel.notes(kind, id, authentication, model);
            return THREAD;
        }
        redirect.addFlashAttribute("success", "casefile.note.added");
        return "redirect:/case-files/" + kind + "/" + id;
    }

    @GetMapping("/notes/{noteId}/edit")
    String editForm(@PathVariable String kind, @PathVariable long id, @PathVariable long noteId,
                    Authentication authentication, Model model) {
        CaseNote note = editable(kind, id, noteId, authentication);
        model.addAttribute("noteForm", NoteFormData.of(note));
        return showEdit(kind, id, note, authentication, model);
    }

    @PostMapping("/notes/{noteId}")
    String edit(@PathVariable String kind, @PathVariable long id, @PathVariable long noteId,
                @Valid @ModelAttribute("noteForm") NoteFormData form, BindingResult errors,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        CaseNote note = editable(kind, id, noteId, authentication);
        if (!errors.hasErrors()) {
            try {
                notes.edit(kind, id, noteId, form.getText(), authentication.getName());
            } catch (NoteTextException refused) {
                errors.rejectValue("text", refused.getMessageKey());
            }
        }
        if (errors.hasErrors()) {
            return showEdit(kind, id, note, authentication, model);
        }
        redirect.addFlashAttribute("success", "casefile.note.edited");
        return "redirect:/case-files/" + kind + "/" + id;
    }

    @PostMapping("/notes/{noteId}/redaction")
    String redact(@PathVariable String kind, @PathVariable long id, @PathVariable long noteId,
                  Authentication authentication, RedirectAttributes redirect) {
        notes.redact(kind, id, noteId, authentication.getName());
        redirect.addFlashAttribute("success", "casefile.note.redacted");
        return "redirect:/case-files/" + kind + "/" + id;
    }

    private CaseNote editable(String kind, long id, long noteId, Authentication authentication) {
        return notes.thread(caseFiles.open(kind, id, authentication.getName())).stream()
                .filter(note -> note.getId() == noteId && note.editableBy(authentication.getName(), clock.instant()))
                .findFirst().orElseThrow(() -> new CaseNotFoundException(noteId));
    }

    private String showEdit(String kind, long id, CaseNote note, Authentication authentication, Model model) {
        model.addAttribute("caseFile", caseFiles.open(kind, id, authentication.getName()));
        model.addAttribute("note", note);
        return "casefile/edit-note";
    }

    private String shownAgain(String kind, long id, String htmx, Authentication authentication, Model model) {
        if (htmx != null) {
            caseFileModel.notes(kind, id, authentication, model);
            return THREAD;
        }
        caseFileModel.page(kind, id, authentication, model);
        return PAGE;
    }
}
