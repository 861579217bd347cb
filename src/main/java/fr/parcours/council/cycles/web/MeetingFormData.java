package fr.parcours.council.cycles.web;

import fr.parcours.council.cycles.MeetingReport;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The meeting held (members present, minutes, expectations voiced, the council's decisions, one a line)
 * or cancelled with its reason.
 */
public class MeetingFormData extends TimedTaskFormData {

    static final int MAX_DECISION_LENGTH = 500;

    @NotNull
    private Boolean held;

    @Size(max = 2000)
    private String cancelReason;

    private List<Long> presentIds = new ArrayList<>();

    @Size(max = 8000)
    private String minutes;

    @Size(max = 4000)
    private String expectations;

    @Size(max = 4000)
    private String decisions;

    /** Only the council's members can attend; a meeting is held on or after its date, cancelled with a reason. */
    void validate(Errors errors, Collection<Long> memberIds, LocalDate plannedOn, LocalDate today) {
        if (Boolean.FALSE.equals(held) && (cancelReason == null || cancelReason.isBlank())) {
            errors.rejectValue("cancelReason", "NotBlank");
        }
        if (!Boolean.TRUE.equals(held)) {
            return;
        }
        if (plannedOn.isAfter(today)) {
            errors.rejectValue("held", "council.meeting.not-yet");
        }
        if (presentIds.isEmpty()) {
            errors.rejectValue("presentIds", "NotEmpty");
        } else if (!memberIds.containsAll(presentIds)) {
            errors.rejectValue("presentIds", "NotAllowed");
        }
        if (minutes == null || minutes.isBlank()) {
            errors.rejectValue("minutes", "NotBlank");
        }
        if (decisionList().stream().anyMatch(d -> d.length() > MAX_DECISION_LENGTH)) {
            errors.rejectValue("decisions", "council.meeting.decision-too-long");
        }
    }

    MeetingReport toReport(String userId) {
        if (!held) {
            return MeetingReport.cancelled(cancelReason.strip(), userId);
        }
        return new MeetingReport(true, null, List.copyOf(presentIds), minutes.strip(),
                expectations == null ? null : expectations.strip(), decisionList(), userId);
    }

    /** The decisions taken by the council, one a line; blank lines ignored. */
    List<String> decisionList() {
        return decisions == null ? List.of()
                : Arrays.stream(decisions.split("\\R")).map(String::strip).filter(d -> !d.isEmpty()).toList();
    }

    public Boolean getHeld() {
        return held;
    }

    public void setHeld(Boolean held) {
        this.held = held;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public List<Long> getPresentIds() {
        return presentIds;
    }

    public void setPresentIds(List<Long> presentIds) {
        this.presentIds = presentIds == null ? new ArrayList<>() : presentIds;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getExpectations() {
        return expectations;
    }

    public void setExpectations(String expectations) {
        this.expectations = expectations;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }
}
