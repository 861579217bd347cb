package fr.parcours.collective.census.web;

import fr.parcours.collective.census.MobilisationMeeting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The mobilisation meeting: its date, the invited structures present, the needs they voiced. */
public class MobilisationMeetingFormData {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotEmpty
    private List<Long> presentIds = new ArrayList<>();

    @NotBlank
    @Size(max = 4000)
    private String needsVoiced;

    /** Only invited structures can be present: a forged id is refused. */
    void validate(Errors errors, Collection<Long> invitedIds) {
        if (!invitedIds.containsAll(presentIds)) {
            errors.rejectValue("presentIds", "NotAllowed");
        }
    }

    MobilisationMeeting toMeeting(String userId) {
        return new MobilisationMeeting(heldOn, List.copyOf(presentIds), needsVoiced.strip(), userId);
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public List<Long> getPresentIds() {
        return presentIds;
    }

    public void setPresentIds(List<Long> presentIds) {
        this.presentIds = presentIds == null ? new ArrayList<>() : presentIds;
    }

    public String getNeedsVoiced() {
        return needsVoiced;
    }

    public void setNeedsVoiced(String needsVoiced) {
        this.needsVoiced = needsVoiced;
    }
}
