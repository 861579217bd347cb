package fr.parcours.dla.engineering;

import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.dla.plan.PlanAxisRepository;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the selection of every ingénierie of a case for the case file. Callers check the reader's scope. */
@Service
public class SelectionSummaries {

    private final EngineeringMissionRepository missions;
    private final PlanAxisRepository axes;
    private final ConsultantCandidateRepository candidates;
    private final ConsultantChoiceRepository choices;
    private final ConsultantNoticeRepository notices;

    SelectionSummaries(EngineeringMissionRepository missions, PlanAxisRepository axes,
                       ConsultantCandidateRepository candidates, ConsultantChoiceRepository choices,
                       ConsultantNoticeRepository notices) {
        this.missions = missions;
        this.axes = axes;
        this.candidates = candidates;
        this.choices = choices;
        this.notices = notices;
    }

    @Transactional(readOnly = true)
    public List<SelectionSummary> of(long accompanimentId) {
        return missions.findByAccompanimentIdOrderById(accompanimentId).stream()
                .map(mission -> new SelectionSummary(mission,
                        axes.findById(mission.getPlanAxisId()).map(PlanAxis::getTitle).orElse(null),
                        candidates.findByMission(mission.getId()),
                        choices.findByMissionId(mission.getId()).orElse(null),
                        notices.findByMissionIdOrderById(mission.getId()).stream().collect(Collectors.toMap(
                                ConsultantNotice::getOrganisationId, ConsultantNotice::getOutcome))))
                .toList();
    }
}
