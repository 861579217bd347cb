package fr.parcours.collective.sessions.web;

import fr.parcours.casework.Texts;
import fr.parcours.collective.sessions.SessionReport;
import fr.parcours.collective.sessions.SessionTheme;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** One collective session: date, theme, the participating structures present, and whether another follows. */
public class SessionFormData {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotNull
    private SessionTheme theme;

    @Size(max = 2000)
    private String notes;

    @NotEmpty
    private List<Long> presentIds = new ArrayList<>();

    @NotNull
    private Boolean moreSessions;

    /** Sessions follow the mobilisation meeting; only participating structures can attend. */
    void validate(Errors errors, LocalDate meetingDate, Collection<Long> participatingIds) {
        if (heldOn != null && !errors.hasFieldErrors("heldOn") && meetingDate != null && heldOn.isBefore(meetingDate)) {
            errors.rejectValue("heldOn", "DateBeforeMeeting",
                    new Object[] {meetingDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, null);
        }
        if (!participatingIds.containsAll(presentIds)) {
            errors.rejectValue("presentIds", "NotAllowed");
        }
    }

    SessionReport toReport(String userId) {
        return new SessionReport(heldOn, theme, Texts.optional(notes),
                List.copyOf(presentIds), moreSessions, userId);
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public SessionTheme getTheme() {
        return theme;
    }

    public void setTheme(SessionTheme theme) {
        this.theme = theme;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Long> getPresentIds() {
        return presentIds;
    }

    public void setPresentIds(List<Long> presentIds) {
        this.presentIds = presentIds == null ? new ArrayList<>() : presentIds;
    }

    public Boolean getMoreSessions() {
        return moreSessions;
    }

    public void setMoreSessions(Boolean moreSessions) {
        this.moreSessions = moreSessions;
    }
}
