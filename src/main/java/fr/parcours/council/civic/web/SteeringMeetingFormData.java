package fr.parcours.council.civic.web;

import fr.parcours.casework.Texts;
import fr.parcours.council.civic.NewSteeringMeeting;
import fr.parcours.council.civic.SteeringBody;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A steering-body meeting attended by members of the council, recorded after it took place. */
public class SteeringMeetingFormData {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotNull
    private SteeringBody body;

    @Size(max = 200)
    private String bodyName;

    @NotBlank
    @Size(max = 500)
    private String subject;

    @NotEmpty
    private List<Long> attendeeIds = new ArrayList<>();

    @NotBlank
    @Size(max = 4000)
    private String councilPosition;

    @Size(max = 4000)
    private String obtained;

    /** An "other" body needs its name; only members of this council can have sat for it. */
    void validate(Errors errors, Collection<Long> memberIds) {
        if (body == SteeringBody.OTHER && Texts.blank(bodyName)) {
            errors.rejectValue("bodyName", "NotBlank");
        }
        if (!memberIds.containsAll(attendeeIds)) {
            errors.rejectValue("attendeeIds", "council.civic.error.not-member");
        }
    }

    NewSteeringMeeting toRequest() {
        return new NewSteeringMeeting(heldOn, body, Texts.optional(bodyName), subject.strip(),
                new LinkedHashSet<>(attendeeIds), councilPosition.strip(), Texts.optional(obtained));
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public SteeringBody getBody() {
        return body;
    }

    public void setBody(SteeringBody body) {
        this.body = body;
    }

    public String getBodyName() {
        return bodyName;
    }

    public void setBodyName(String bodyName) {
        this.bodyName = bodyName;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public List<Long> getAttendeeIds() {
        return attendeeIds;
    }

    public void setAttendeeIds(List<Long> attendeeIds) {
        this.attendeeIds = attendeeIds == null ? new ArrayList<>() : attendeeIds;
    }

    public String getCouncilPosition() {
        return councilPosition;
    }

    public void setCouncilPosition(String councilPosition) {
        this.councilPosition = councilPosition;
    }

    public String getObtained() {
        return obtained;
    }

    public void setObtained(String obtained) {
        this.obtained = obtained;
    }
}
