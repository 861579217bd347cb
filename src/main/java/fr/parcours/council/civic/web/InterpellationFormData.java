package fr.parcours.council.civic.web;

import fr.parcours.casework.Texts;
import fr.parcours.council.civic.Institution;
import fr.parcours.council.civic.NewInterpellation;
import fr.parcours.council.cycles.CouncilMeeting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** An interpellation the council sent: to whom, about what, and the council meeting that decided it (optional). */
public class InterpellationFormData {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sentOn;

    @NotNull
    private Institution institution;

    @Size(max = 200)
    private String addressee;

    @NotBlank
    @Size(max = 500)
    private String subject;

    @NotBlank
    @Size(max = 4000)
    private String summary;

    private Long decidedAtMeetingId;

    /** "Other" institutions need a name; the deciding meeting is one of the council's, held before sending. */
    void validate(Errors errors, List<CouncilMeeting> heldMeetings) {
        if (institution == Institution.OTHER && Texts.blank(addressee)) {
            errors.rejectValue("addressee", "NotBlank");
        }
        if (decidedAtMeetingId == null) {
            return;
        }
        Optional<CouncilMeeting> meeting = heldMeetings.stream()
                .filter(m -> m.getId().equals(decidedAtMeetingId)).findFirst();
        if (meeting.isEmpty()) {
            errors.rejectValue("decidedAtMeetingId", "council.civic.error.not-a-meeting");
        } else if (sentOn != null && sentOn.isBefore(meeting.get().getPlannedOn())) {
            errors.rejectValue("sentOn", "council.civic.error.sent-before-meeting",
                    new Object[] {meeting.get().getPlannedOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, null);
        }
    }

    NewInterpellation toRequest() {
        return new NewInterpellation(sentOn, institution, Texts.optional(addressee), subject.strip(), summary.strip(),
                decidedAtMeetingId);
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public Institution getInstitution() {
        return institution;
    }

    public void setInstitution(Institution institution) {
        this.institution = institution;
    }

    public String getAddressee() {
        return addressee;
    }

    public void setAddressee(String addressee) {
        this.addressee = addressee;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getDecidedAtMeetingId() {
        return decidedAtMeetingId;
    }

    public void setDecidedAtMeetingId(Long decidedAtMeetingId) {
        this.decidedAtMeetingId = decidedAtMeetingId;
    }
}
