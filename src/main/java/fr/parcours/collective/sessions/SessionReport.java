package fr.parcours.collective.sessions;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One collective session: date, theme, the participations present, and whether another session follows. */
public record SessionReport(LocalDate heldOn, SessionTheme theme, String notes, List<Long> presentParticipationIds,
                            boolean moreSessions, String recordedBy) implements Serializable {

    public SessionReport {
        presentParticipationIds = List.copyOf(presentParticipationIds);
    }
}
