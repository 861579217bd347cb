package fr.parcours.council.cycles;

import java.io.Serializable;
import java.util.List;

/**
 * What happened at the meeting: held (members present, minutes, expectations voiced, the decisions the
 * council took, one action each) or cancelled with its reason.
 */
public record MeetingReport(boolean held, String cancelReason, List<Long> presentMemberIds, String minutes,
                            String expectations, List<String> decisions, String recordedBy) implements Serializable {

    public MeetingReport {
        presentMemberIds = List.copyOf(presentMemberIds);
        decisions = List.copyOf(decisions);
    }

    public static MeetingReport cancelled(String reason, String recordedBy) {
        return new MeetingReport(false, reason, List.of(), null, null, List.of(), recordedBy);
    }
}
