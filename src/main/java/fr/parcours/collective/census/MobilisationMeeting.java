package fr.parcours.collective.census;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The mobilisation meeting: when, which invited structures came (they participate), the needs voiced. */
public record MobilisationMeeting(LocalDate heldOn, List<Long> presentParticipationIds, String needsVoiced,
                                  String recordedBy) implements Serializable {

    public MobilisationMeeting {
        presentParticipationIds = List.copyOf(presentParticipationIds);
    }
}
