package fr.parcours.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One note of a case's thread: its author may change it for {@link #EDIT_WINDOW}, then it is fixed. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    /** How long a note's author may still change it. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    /** The longest note, in characters (the column's size). */
    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseType;
    private long caseId;
    private String authorId;
    private String text;
    private Instant createdAt;
    private Instant editedAt;
    private Instant redactedAt;
    private String redactedBy;

    protected CaseNote() {
    }

    CaseNote(String caseType, long caseId, String authorId, String text, Instant createdAt) {
        this.caseType = caseType;
        this.caseId = caseId;
        this.authorId = authorId;
        this.text = text;
        this.createdAt = createdAt;
    }

    /** Only its author, only within the window, and never once redacted. */
    public boolean editableBy(String userId, Instant now) {
        return redactedAt == null && authorId.equals(userId) && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    void edit(String newText, Instant at) {
        this.text = newText;
        this.editedAt = at;
    }

    /** The text is gone for good; the note stays, so the thread keeps its order and the audit trail its reference. */
    void redact(String adminId, Instant at) {
        this.text = null;
        this.redactedAt = at;
        this.redactedBy = adminId;
    }

    /** Replaces an erased person's name in the text (RGPD erasure), leaving the rest. */
    void replaceText(String newText) {
        this.text = newText;
    }

    public boolean isRedacted() {
        return redactedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getCaseType() {
        return caseType;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getRedactedAt() {
        return redactedAt;
    }

    public String getRedactedBy() {
        return redactedBy;
    }
}
