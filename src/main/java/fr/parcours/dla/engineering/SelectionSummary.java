package fr.parcours.dla.engineering;

import fr.parcours.selection.NoticeOutcome;
import java.util.List;
import java.util.Map;

/**
 * What the case file shows of one ingénierie's selection: its specifications, the preselected consultants
 * with proposals and scores, the validated choice and the outcome each consultant was told.
 */
public record SelectionSummary(EngineeringMission mission, String axisTitle, List<ConsultantCandidate> candidates,
                               ConsultantChoice choice, Map<Long, NoticeOutcome> noticeByOrganisation) {

    /** The retained consultant's line, or null before the choice. */
    public ConsultantCandidate getChosen() {
        if (choice == null) {
            return null;
        }
        return candidates.stream().filter(candidate -> candidate.getId() == choice.getCandidateId())
                .findFirst().orElse(null);
    }
}
