package fr.parcours.casefile;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes of a case file, for the people in the case's scope (its kind's own check, through {@link CaseFiles}).
 * Every write is an audit event naming the note's id, never its text: the text may hold personal data, and the
 * trail is never erased.
 */
@Service
public class CaseNotes {

    /** What stands in a note for the name of an erased council member. */
    public static final String ERASED_NAME = "[nom effacé]";

    private final CaseFiles caseFiles;
    private final CaseNoteRepository notes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseNotes(CaseFiles caseFiles, CaseNoteRepository notes, ApplicationEventPublisher events, Clock clock) {
        this.caseFiles = caseFiles;
        this.notes = notes;
        this.events = events;
        this.clock = clock;
    }

    /** The case's thread, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseNote> thread(CaseFile caseFile) {
        return notes.findByCaseTypeAndCaseIdOrderByCreatedAtAscIdAsc(caseFile.caseType(), caseFile.caseId());
    }

    @Transactional
    public CaseNote add(String path, long caseId, String text, String userId) {
        CaseFile caseFile = caseFiles.open(path, caseId, userId);
        Instant now = clock.instant();
        CaseNote note = notes.save(new CaseNote(caseFile.caseType(), caseFile.caseId(), userId, checked(text), now));
        audit(caseFile, "case-note-added", userId, now, note);
        return note;
    }

    /** Its author changes it within {@link CaseNote#EDIT_WINDOW}; anyone else, or later: 404, nothing changes. */
    @Transactional
    public CaseNote edit(String path, long caseId, long noteId, String text, String userId) {
        CaseFile caseFile = caseFiles.open(path, caseId, userId);
        Instant now = clock.instant();
        CaseNote note = note(caseFile, noteId);
        if (!note.editableBy(userId, now)) {
            throw new CaseNotFoundException(noteId);
        }
        note.edit(checked(text), now);
        audit(caseFile, "case-note-edited", userId, now, note);
        return note;
    }

    /** An administrator removes a note's text for good (an erasure request, a name that should not be there). */
    @Transactional
    public void redact(String path, long caseId, long noteId, String adminId) {
        CaseFile caseFile = caseFiles.open(path, caseId, adminId);
        Instant now = clock.instant();
        CaseNote note = note(caseFile, noteId);
        if (!note.isRedacted()) {
            note.redact(adminId, now);
            audit(caseFile, "case-note-redacted", adminId, now, note);
        }
    }

    /**
     * The RGPD erasure of a person named in a case's notes (a council member): every occurrence of the name, in
     * either order of its words and whatever its case, becomes {@link #ERASED_NAME}. The caller has checked that
     * the user may erase the person; each note changed is audited by its id.
     */
    @Transactional
    public int eraseName(String caseType, long caseId, String fullName, String userId) {
        Pattern name = namePattern(fullName);
        Instant now = clock.instant();
        int changed = 0;
        for (CaseNote note : notes.findByCaseTypeAndCaseIdOrderByCreatedAtAscIdAsc(caseType, caseId)) {
            if (note.getText() == null) {
                continue;
            }
            Matcher matcher = name.matcher(note.getText());
            if (matcher.find()) {
                note.replaceText(matcher.replaceAll(Matcher.quoteReplacement(ERASED_NAME)));
                events.publishEvent(new CaseEvent(caseType, caseId, "case-note-name-erased", userId, now,
                        "note " + note.getId()));
                changed++;
            }
        }
        return changed;
    }

    /** The name as written, or its words in reverse order ("Durand Léa" for "Léa Durand"), any spacing and case. */
    private static Pattern namePattern(String fullName) {
        List<String> words = Arrays.stream(fullName.strip().split("\\s+")).map(Pattern::quote).toList();
        List<String> reversed = new ArrayList<>(words);
        Collections.reverse(reversed);
        return Pattern.compile(String.join("\\s+", words) + "|" + String.join("\\s+", reversed),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private CaseNote note(CaseFile caseFile, long noteId) {
        return notes.findByIdAndCaseTypeAndCaseId(noteId, caseFile.caseType(), caseFile.caseId())
                .orElseThrow(() -> new CaseNotFoundException(noteId));
    }

    private static String checked(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new NoteTextException("casefile.note.text.required");
        }
        if (stripped.length() > CaseNote.MAX_LENGTH) {
            throw new NoteTextException("casefile.note.text.too-long");
        }
        return stripped;
    }

    private void audit(CaseFile caseFile, String action, String userId, Instant at, CaseNote note) {
        events.publishEvent(new CaseEvent(caseFile.caseType(), caseFile.caseId(), action, userId, at,
                "note " + note.getId()));
    }
}
