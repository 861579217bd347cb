package fr.parcours.dla.engineering;

import fr.parcours.audit.CaseEvent;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.Phase;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.ConsultantPool;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.selection.Preselection;
import fr.parcours.selection.ProposalScores;
import fr.parcours.selection.ReceivedProposals;
import fr.parcours.selection.SelectionRules;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    private final ConsultantPool pool;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ConsultantSelectionService(EngineeringMissionRepository missions, ConsultantCandidateRepository candidates,
                               OrganisationRepository organisations, AccompanimentRepository accompaniments,
                               ConsultantPool pool, Clock clock, ApplicationEventPublisher events) {
        this.missions = missions;
        this.candidates = candidates;
        this.organisations = organisations;
        this.accompaniments = accompaniments;
        this.pool = pool;
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
        require(candidates.findByMission(mission.getId()).isEmpty(), "preselection already recorded");
        Instant now = Instant.now(clock);
        List<Organisation> chosen = organisations.findAllById(preselection.organisationIds());
        SelectionRules.checkPreselection(preselection, chosen);
        SelectionRules.checkInPool(preselection, consultants(mission.getAccompanimentId(), null));
        chosen.forEach(consultant -> candidates.save(
                new ConsultantCandidate(mission.getId(), consultant, preselection.decidedBy(), now)));
        mission.moveTo(MissionStatus.PROPOSALS);
        publish(mission, "consultants-preselected", preselection.decidedBy(),
                chosen.stream().map(Organisation::getName).sorted().collect(Collectors.joining(", ")));
    }

    @Transactional
    public void recordProposals(long planAxisId, ReceivedProposals received) {
        EngineeringMission mission = missionOfAxis(planAxisId);
        long count = SelectionRules.applyProposals(candidates.findByMission(mission.getId()), received,
                mission.getBudgetCap());
        mission.moveTo(MissionStatus.SCORING);
        publish(mission, "proposals-recorded", received.recordedBy(), count + "/" + received.proposals().size());
    }

    @Transactional
    public void recordScores(long planAxisId, ProposalScores scores) {
        EngineeringMission mission = missionOfAxis(planAxisId);
        String totals = SelectionRules.applyScores(candidates.findByMission(mission.getId()), scores);
        mission.moveTo(MissionStatus.CHOICE);
        publish(mission, "proposals-scored", scores.recordedBy(), totals);
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

    /**
     * The organisations that may be preselected for a case: the pool's firms covering the structure's region,
     * of this domain of competence ({@code null}: every domain).
     */
    @Transactional(readOnly = true)
    public List<Organisation> consultants(long accompanimentId, CompetenceDomain domain) {
        String regionCode = accompaniments.findById(accompanimentId)
                .orElseThrow(() -> new CaseNotFoundException(accompanimentId)).getOrganisation().getRegionCode();
        return pool.candidates(regionCode, domain);
    }

    private void publish(EngineeringMission mission, String action, String actor, String details) {
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, mission.getAccompanimentId(), action, actor,
                Instant.now(clock), details));
    }

    static void require(boolean condition, String what) {
        SelectionRules.require(condition, what);
    }
}
