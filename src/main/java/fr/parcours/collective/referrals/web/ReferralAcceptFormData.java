package fr.parcours.collective.referrals.web;

import fr.parcours.collective.CollectiveAccompaniment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** Accepting a referred structure: the running collective it joins, and since when. */
public class ReferralAcceptFormData {

    @NotNull
    private Long collectiveId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;

    /** Only a collective the structure can still join; as for any late join, not before its mobilisation meeting. */
    void validate(Errors errors, List<CollectiveAccompaniment> joinable) {
        if (collectiveId == null) {
            return;
        }
        Optional<CollectiveAccompaniment> chosen = joinable.stream()
                .filter(collective -> collective.getId().equals(collectiveId)).findFirst();
        if (chosen.isEmpty()) {
            errors.rejectValue("collectiveId", "NotAllowed");
            return;
        }
        LocalDate meetingDate = chosen.get().getMeetingDate();
        if (joinedOn != null && !errors.hasFieldErrors("joinedOn") && meetingDate != null && joinedOn.isBefore(meetingDate)) {
            errors.rejectValue("joinedOn", "DateBeforeMeeting",
                    new Object[] {meetingDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, null);
        }
    }

    public Long getCollectiveId() {
        return collectiveId;
    }

    public void setCollectiveId(Long collectiveId) {
        this.collectiveId = collectiveId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }
}
