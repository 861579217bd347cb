package fr.parcours.council.cycles;

import static fr.parcours.council.process.CouncilCycleProcess.*;

import fr.parcours.audit.CaseEvent;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilRepository;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.CouncilMemberRepository;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a council's animation cycle, called by the delegates of {@code council-cycle} in the
 * engine's transaction: each one writes its rows and publishes an audit event.
 */
@Service
public class CouncilCycles {

    private final CouncilRepository councils;
    private final CouncilCycleRepository cycles;
    private final MobilisationActionRepository mobilisations;
    private final CouncilMeetingRepository meetings;
    private final CouncilActionRepository actions;
    private final CouncilMemberRepository members;
    private final RuntimeService runtimeService;
    private final EngineRights engineRights;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String cyclePeriod;

    CouncilCycles(CouncilRepository councils, CouncilCycleRepository cycles, MobilisationActionRepository mobilisations,
                  CouncilMeetingRepository meetings, CouncilActionRepository actions, CouncilMemberRepository members,
                  RuntimeService runtimeService, EngineRights engineRights, Clock clock,
                  ApplicationEventPublisher events,
                  @Value("${parcours.council.cycle-period:P1M}") String cyclePeriod) {
        this.councils = councils;
        this.cycles = cycles;
        this.mobilisations = mobilisations;
        this.meetings = meetings;
        this.actions = actions;
        this.members = members;
        this.runtimeService = runtimeService;
        this.engineRights = engineRights;
        this.clock = clock;
        this.events = events;
        this.cyclePeriod = cyclePeriod;
    }

    /** Starts a council's first cycle (a lost write once it has cycles); the next ones follow each cycle report. */
    @Transactional
    public CouncilCycle startFirst(long councilId, String userId) {
        if (!cycles.findByCouncilIdOrderByNumberDesc(councilId).isEmpty()) {
            // Started by someone else since the page was shown (or a second click): a lost write, not a fault.
            throw new OptimisticLockingFailureException("Council " + councilId + " already has its cycles");
        }
        return start(councilId, userId);
    }

    /** Starts the council's next cycle (the first one, or the one after the last report). */
    @Transactional
    public CouncilCycle start(long councilId, String userId) {
        Council council = councils.findById(councilId).orElseThrow();
        int number = cycles.findByCouncilIdOrderByNumberDesc(councilId).stream()
                .mapToInt(CouncilCycle::getNumber).max().orElse(0) + 1;
        CouncilCycle cycle = cycles.save(new CouncilCycle(councilId, number, clock.instant()));
        // Callers checked the council is the user's; the app starts the process, facilitators hold no right to.
        cycle.attachProcess(engineRights.withoutUserChecks(() -> runtimeService.startProcessInstanceByKey(KEY,
                cycle.reference(), Map.of(
                        VAR_COUNCIL_ID, councilId,
                        VAR_CYCLE_ID, cycle.getId(),
                        VAR_FACILITATOR_GROUP, Groups.councilFacilitatorsOf(councilId),
                        VAR_COORDINATOR_GROUP, Groups.coordinatorsOf(council.getRegionCode()),
                        VAR_CYCLE_PERIOD, cyclePeriod))).getId());
        publish(cycle, "council-cycle-started", userId, "%s, cycle %d".formatted(council.getName(), number));
        return cycle;
    }

    @Transactional
    public void recordMobilisation(long cycleId, MobilisationReport report) {
        CouncilCycle cycle = cycles.findById(cycleId).orElseThrow();
        MobilisationAction action = mobilisations.save(new MobilisationAction(cycleId, report));
        publish(cycle, "council-mobilisation-recorded", report.recordedBy(), "%s le %s : %d contacts, %d nouveaux membres"
                .formatted(action.getKind(), action.getHeldOn(), action.getContactsMade(), action.getNewMembers()));
    }

    @Transactional
    public void prepareMeeting(long cycleId, MeetingPreparation preparation) {
        CouncilCycle cycle = cycles.findById(cycleId).orElseThrow();
        CouncilMeeting meeting = meetings.save(new CouncilMeeting(cycleId, preparation));
        publish(cycle, "council-meeting-prepared", preparation.recordedBy(), "réunion du %s, invitations %s"
                .formatted(meeting.getPlannedOn(), preparation.invitationsSent() ? "envoyées" : "à envoyer"));
    }

    /** Records the meeting prepared last; returns whether the council decided actions (false if cancelled). */
    @Transactional
    public boolean recordMeeting(long cycleId, MeetingReport report) {
        CouncilCycle cycle = cycles.findById(cycleId).orElseThrow();
        CouncilMeeting meeting = pendingMeeting(cycleId);
        if (!report.held()) {
            meeting.recordCancelled(report);
            publish(cycle, "council-meeting-cancelled", report.recordedBy(), "réunion du %s".formatted(meeting.getPlannedOn()));
            return false;
        }
        Set<Long> memberIds = members.findByCouncilIdOrderByCollegeAscFullNameAsc(cycle.getCouncilId()).stream()
                .map(CouncilMember::getId).collect(Collectors.toSet());
        if (!memberIds.containsAll(report.presentMemberIds())) {
            throw new IllegalArgumentException("Attendance lists a member of another council");
        }
        meeting.recordHeld(report);
        report.decisions().forEach(decision -> actions.save(new CouncilAction(meeting.getId(), decision)));
        publish(cycle, "council-meeting-held", report.recordedBy(), "réunion du %s : %d présents, %d décisions du conseil"
                .formatted(meeting.getPlannedOn(), report.presentMemberIds().size(), report.decisions().size()));
        return !report.decisions().isEmpty();
    }

    @Transactional
    public void followUpActions(long cycleId, ActionFollowUp followUp) {
        CouncilCycle cycle = cycles.findById(cycleId).orElseThrow();
        Map<Long, CouncilAction> decided = decidedActions(cycleId).stream()
                .collect(Collectors.toMap(CouncilAction::getId, a -> a));
        followUp.updates().forEach(update -> {
            CouncilAction action = decided.get(update.actionId());
            if (action == null) {
                throw new IllegalArgumentException("Action " + update.actionId() + " was not decided in this cycle");
            }
            action.follow(update);
        });
        publish(cycle, "council-actions-followed", followUp.recordedBy(), followUp.updates().stream()
                .map(u -> "action %d : %s".formatted(u.actionId(), u.status())).collect(Collectors.joining(" ; ")));
    }

    @Transactional
    public void report(long cycleId, CycleReport report) {
        CouncilCycle cycle = cycles.findById(cycleId).orElseThrow();
        cycle.close(report.report(), clock.instant());
        publish(cycle, "council-cycle-reported", report.recordedBy(), "cycle %d clos".formatted(cycle.getNumber()));
    }

    /**
     * The cycle a {@code council-cycle} instance carries, found through the app's table rather than from the
     * instance's variables, which an engine user might have changed.
     */
    @Transactional(readOnly = true)
    public CouncilCycle ofProcess(String processInstanceId) {
        return cycles.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No council cycle for process " + processInstanceId));
    }

    /** The actions the council decided at this cycle's meetings. */
    @Transactional(readOnly = true)
    public List<CouncilAction> decidedActions(long cycleId) {
        List<Long> meetingIds = meetings.findByCycleIdInOrderByPlannedOnDescIdDesc(List.of(cycleId)).stream()
                .map(CouncilMeeting::getId).toList();
        return meetingIds.isEmpty() ? List.of() : actions.findByMeetingIdInOrderById(meetingIds);
    }

    /** The meeting prepared last in this cycle and not yet held or cancelled. */
    @Transactional(readOnly = true)
    public CouncilMeeting pendingMeeting(long cycleId) {
        return meetings.findByCycleIdInOrderByPlannedOnDescIdDesc(List.of(cycleId)).stream()
                .filter(m -> m.getHeld() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("No meeting prepared in cycle " + cycleId));
    }

    private void publish(CouncilCycle cycle, String action, String userId, String details) {
        events.publishEvent(new CaseEvent(CouncilCycle.CASE_TYPE, cycle.getId(), action, userId, clock.instant(),
                details));
    }
}
