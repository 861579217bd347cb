package fr.parcours.dla.engineering;

import fr.parcours.audit.CaseEvent;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.CaseNotFoundException;
import fr.parcours.dla.Phase;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first half of an ingénierie, from the cahier des charges to the scored proposals. Each method runs in
 * the transaction of the engine step that called it and refuses what the forms should already have refused.
 */
@Service
public class ConsultantSelectionService {

    private final EngineeringMissionRepository missions;
    private final ConsultantCandidateRepository candidates;
    private final OrganisationRepository organisations;
    private final AccompanimentRepository accompaniments;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ConsultantSelectionService(EngineeringMissionRepository missions, ConsultantCandidateRepository candidates,
                               OrganisationRepository organisations, AccompanimentRepository accompaniments,
                               Clock clock, ApplicationEventPublisher events) {
        this.missions = missions;
        this.candidates = candidates;
        this.organisations = organisations;
        this.accompaniments = accompaniments;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void recordSpecifications(long planAxisId, Specifications specs) {
        EngineeringMission mission = missionOfAxis(planAxisId);
        require(specs.plannedDays().signum() > 0 && specs.budgetCap().signum() >= 0, "days or budget out of range");
        mission.specify(specs.objectives(), specs.deliverables(), specs.plannedDays(), specs.budgetCap());
        mission.moveTo(MissionStatus.PRESELECTION);
        accompaniments.findById(mission.getAccompanimentId())
                .orElseThrow(() -> new CaseNotFoundException(mission.getAccompanimentId()))
                .moveTo(Phase.ENGINEERING);
        publish(mission, "specifications-recorded", specs.writtenBy(),
                specs.plannedDays().stripTrailingZeros().toPlainString() + " j, "
                        + specs.budgetCap().toPlainString() + " €");
    }

    @Transactional
    public void recordPreselection(long planAxisId, Preselection preselection) {
        EngineeringMission mission = missionOfAxis(planAxisId);
        List<Long> ids = preselection.organisationIds();
        require(new HashSet<>(ids).size() == ids.size()
                && ids.size() >= Preselection.MIN && ids.size() <= Preselection.MAX, "3 to 4 distinct consultants");
        require(candidates.findByMission(mission.getId()).isEmpty(), "preselection already recorded");
        Instant now = Instant.now(clock);
        List<Organisation> chosen = organisations.findAllById(ids);
        require(chosen.size() == ids.size()
                && chosen.stream().allMatch(found -> found.getKind() == OrganisationKind.CONSULTANT), "not consultants");
        chosen.forEach(consultant -> candidates.save(
                new ConsultantCandidate(mission.getId(), consultant, preselection.decidedBy(), now)));
        mission.moveTo(MissionStatus.PROPOSALS);
        publish(mission, "consultants-preselected", preselection.decidedBy(),
                chosen.stream().map(Organisation::getName).sorted().collect(Collectors.joining(", ")));
    }

    @Transactional
    public void recordProposals(long planAxisId, ReceivedProposals received) {
        EngineeringMission mission = missionOfAxis(planAxisId);
        Map<Long, ConsultantCandidate> byId = candidatesById(mission);
        require(received.proposals().size() == byId.size(), "one line per preselected consultant");
        for (ReceivedProposals.Proposal proposal : received.proposals()) {
            ConsultantCandidate candidate = byId.remove(proposal.candidateId());
            require(candidate != null, "unknown candidate");
            if (proposal.received()) {
                require(proposal.amount().signum() >= 0 && proposal.amount().compareTo(mission.getBudgetCap()) <= 0
                        && proposal.days().signum() > 0, "amount above the budget cap");
                candidate.receiveProposal(proposal.receivedOn(), proposal.amount(), proposal.days());
            } else {
                candidate.noProposal();
            }
        }
        long count = received.proposals().stream().filter(ReceivedProposals.Proposal::received).count();
        require(count > 0, "no proposal received");
        mission.moveTo(MissionStatus.SCORING);
        publish(mission, "proposals-recorded", received.recordedBy(), count + "/" + received.proposals().size());
    }

    @Transactional
    public void recordScores(long planAxisId, ProposalScores scores) {
        EngineeringMission mission = missionOfAxis(planAxisId);
        Map<Long, ConsultantCandidate> received = candidatesById(mission);
        received.values().removeIf(candidate -> !candidate.hasProposal());
        require(scores.scores().size() == received.size(), "one score per received proposal");
        for (ProposalScore score : scores.scores()) {
            ConsultantCandidate candidate = received.remove(score.candidateId());
            require(candidate != null && score.withinGrid(), "unknown proposal or score out of range");
            candidate.score(score);
        }
        mission.moveTo(MissionStatus.CHOICE);
        publish(mission, "proposals-scored", scores.recordedBy(), scores.scores().stream()
                .map(score -> String.valueOf(score.understanding() + score.method() + score.team() + score.price()))
                .collect(Collectors.joining(", ", "", "/" + ProposalScore.TOTAL)));
    }

    @Transactional(readOnly = true)
    public EngineeringMission missionOfAxis(long planAxisId) {
        return missions.findByPlanAxisId(planAxisId)
                .orElseThrow(() -> new IllegalStateException("No engineering mission for plan axis " + planAxisId));
    }

    /** The preselected consultants of a mission, with their organisation, in preselection order. */
    @Transactional(readOnly = true)
    public List<ConsultantCandidate> candidatesOf(long missionId) {
        return candidates.findByMission(missionId);
    }

    /** The organisations that may be preselected. */
    @Transactional(readOnly = true)
    public List<Organisation> consultants() {
        return organisations.findByKindOrderByName(OrganisationKind.CONSULTANT);
    }

    private Map<Long, ConsultantCandidate> candidatesById(EngineeringMission mission) {
        return candidates.findByMission(mission.getId()).stream()
                .collect(Collectors.toMap(ConsultantCandidate::getId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private void publish(EngineeringMission mission, String action, String actor, String details) {
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, mission.getAccompanimentId(), action, actor,
                Instant.now(clock), details));
    }

    static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("Refused selection step: " + what);
        }
    }
}
