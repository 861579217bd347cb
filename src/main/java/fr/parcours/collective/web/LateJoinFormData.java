package fr.parcours.collective.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A structure joining a running collective, and since when. */
public class LateJoinFormData {

    @NotNull
    private Long organisationId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;

    /** Only a structure the collective can still take; no joining before the mobilisation meeting. */
    void validate(Errors errors, Collection<Long> joinableIds, LocalDate meetingDate) {
        if (organisationId != null && !joinableIds.contains(organisationId)) {
            errors.rejectValue("organisationId", "NotAllowed");
        }
        if (joinedOn != null && !errors.hasFieldErrors("joinedOn") && meetingDate != null
                && joinedOn.isBefore(meetingDate)) {
            errors.rejectValue("joinedOn", "DateBeforeMeeting",
                    new Object[] {meetingDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, null);
        }
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }
}
