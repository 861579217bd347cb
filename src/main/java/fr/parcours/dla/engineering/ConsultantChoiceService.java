package fr.parcours.dla.engineering;

import static fr.parcours.dla.engineering.ConsultantSelectionService.require;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.ConsultantChosen;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.selection.SelectionRules;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The DLA validates the structure's choice (PV) and every preselected consultant is told its own outcome. */
@Service
public class ConsultantChoiceService {

    private final ConsultantSelectionService selection;
    private final ConsultantCandidateRepository candidates;
    private final ConsultantChoiceRepository choices;
    private final ConsultantNoticeRepository notices;
    private final AccompanimentRepository accompaniments;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ConsultantChoiceService(ConsultantSelectionService selection, ConsultantCandidateRepository candidates,
                            ConsultantChoiceRepository choices, ConsultantNoticeRepository notices,
                            AccompanimentRepository accompaniments, Clock clock, ApplicationEventPublisher events) {
        this.selection = selection;
        this.candidates = candidates;
        this.choices = choices;
        this.notices = notices;
        this.accompaniments = accompaniments;
        this.clock = clock;
        this.events = events;
    }

    /** Records the choice and the notices; returns the chosen consultant organisation's id. */
    @Transactional
    public long recordChoice(long planAxisId, ChoiceValidation validation) {
        EngineeringMission mission = selection.missionOfAxis(planAxisId);
        List<ConsultantCandidate> preselected = candidates.findByMission(mission.getId());
        ConsultantCandidate chosen = SelectionRules.chosen(preselected, validation);
        require(choices.findByMissionId(mission.getId()).isEmpty(), "choice already recorded");
        Instant now = Instant.now(clock);
        choices.save(new ConsultantChoice(mission.getId(), chosen.getId(), validation.pv(),
                validation.decidedOn(), validation.decidedBy(), now));
        for (ConsultantCandidate candidate : preselected) {
            notices.save(new ConsultantNotice(mission.getId(), candidate.getOrganisation().getId(),
                    SelectionRules.outcomeOf(candidate, chosen), validation.decidedOn(), now));
        }
        long organisationId = chosen.getOrganisation().getId();
        mission.chooseConsultant(organisationId);
        mission.moveTo(MissionStatus.LAUNCH);
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, mission.getAccompanimentId(), "consultant-chosen",
                validation.decidedBy(), now, chosen.getOrganisation().getName()));
        Accompaniment accompaniment = accompaniments.findById(mission.getAccompanimentId())
                .orElseThrow(() -> new CaseNotFoundException(mission.getAccompanimentId()));
        events.publishEvent(new ConsultantChosen(mission.getId(), accompaniment.getId(),
                accompaniment.getOrganisation().getRegionCode(), accompaniment.getDepartmentCode(),
                accompaniment.getOrganisation().getName(), chosen.getOrganisation().getName(), chosen.getProposalDays(),
                chosen.getProposalAmount(), validation.decidedOn(), validation.overEnvelopeReason(),
                validation.decidedBy()));
        return organisationId;
    }
}
