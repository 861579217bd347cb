package fr.parcours.dla.plan;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.CollectiveEngineeringApproved;
import fr.parcours.dla.Phase;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.engineering.MissionStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the accompaniment plan (one new revision per save, earlier ones kept) and the comité d'appui's
 * opinion. Runs in the transaction of the engine step that called it, so a failure rolls back both.
 */
@Service
public class PlanService {

    private final AccompanimentRepository accompaniments;
    private final PlanAxisRepository axes;
    private final EngineeringMissionRepository missions;
    private final CommitteeOpinionRepository opinions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlanService(AccompanimentRepository accompaniments, PlanAxisRepository axes, EngineeringMissionRepository missions,
                CommitteeOpinionRepository opinions, Clock clock, ApplicationEventPublisher events) {
        this.accompaniments = accompaniments;
        this.axes = axes;
        this.missions = missions;
        this.opinions = opinions;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Saves the draft as the plan's next revision and opens one ingénierie per individual-ingénierie axis.
     * Returns the ids of those axes (the engine runs one ingénierie per id), empty when there are none.
     */
    @Transactional
    public ArrayList<Long> recordPlan(long accompanimentId, PlanDraft draft) {
        if (draft.axes().isEmpty()) {
            throw new IllegalArgumentException("A plan has at least one axis");
        }
        Accompaniment accompaniment = load(accompanimentId);
        int revision = axes.latestRevision(accompanimentId) + 1;
        // Missions of a superseded revision never started: the ingénieries begin after the comité only.
        missions.deleteAll(missions.findByAccompanimentIdOrderById(accompanimentId).stream()
                .filter(mission -> mission.getStatus() == MissionStatus.SPECIFICATIONS).toList());
        Instant now = Instant.now(clock);
        ArrayList<Long> engineeringAxisIds = new ArrayList<>();
        int priority = 1;
        for (PlanDraft.AxisDraft draftAxis : draft.axes()) {
            PlanAxis axis = axes.save(new PlanAxis(accompanimentId, revision, priority++, draftAxis.title(),
                    draftAxis.description(), draftAxis.treatment(), draft.draftedBy(), now));
            if (axis.getTreatment() == Treatment.INDIVIDUAL_ENGINEERING) {
                missions.save(new EngineeringMission(accompanimentId, axis.getId()));
                engineeringAxisIds.add(axis.getId());
            }
        }
        accompaniment.moveTo(Phase.SUPPORT_COMMITTEE);
        publish(accompanimentId, "plan-recorded", draft.draftedBy(), now, "r" + revision + " : "
                + draft.axes().stream().map(axis -> "[" + axis.treatment() + "]")
                .collect(Collectors.joining(" ; ")));
        return engineeringAxisIds;
    }

    /**
     * Saves the committee's opinion on the current revision; returns whether the officer amends the plan.
     * Otherwise the case moves on to its ingénieries, or straight to the follow-up when it has none.
     */
    @Transactional
    public boolean recordCommitteeOpinion(long accompanimentId, CommitteeOpinionReport report) {
        Accompaniment accompaniment = load(accompanimentId);
        int revision = axes.latestRevision(accompanimentId);
        if (revision == 0) {
            throw new IllegalStateException("No plan to give an opinion on for accompaniment " + accompanimentId);
        }
        Instant now = Instant.now(clock);
        opinions.save(new CommitteeOpinion(accompanimentId, revision, report, now));
        if (report.amendPlan()) {
            accompaniment.moveTo(Phase.PLAN);
        } else {
            List<PlanAxis> kept = currentAxes(accompanimentId);
            boolean engineering = kept.stream().anyMatch(axis -> axis.getTreatment() == Treatment.INDIVIDUAL_ENGINEERING);
            accompaniment.moveTo(engineering ? Phase.ENGINEERING : Phase.FOLLOW_UP);
            publishCollectiveAxes(accompaniment, kept, report, now);
        }
        publish(accompanimentId, report.amendPlan() ? "committee-plan-amended" : "committee-opinion-recorded",
                report.recordedBy(), now, String.valueOf(report.meetingOn()));
        return report.amendPlan();
    }

    /** The axes of the current revision, by priority; empty before the first plan. */
    @Transactional(readOnly = true)
    public List<PlanAxis> currentAxes(long accompanimentId) {
        return axes.findByAccompanimentIdAndRevisionOrderByPriority(accompanimentId,
                axes.latestRevision(accompanimentId));
    }

    /** Everything the case file shows of the plan; the caller has checked the viewer's scope. */
    @Transactional(readOnly = true)
    public PlanSummary summaryOf(long accompanimentId) {
        return new PlanSummary(axes.latestRevision(accompanimentId), currentAxes(accompanimentId),
                opinions.findByAccompanimentIdOrderByMeetingOnAscIdAsc(accompanimentId));
    }

    /** Each kept collective-ingénierie axis is referred to the region's collectives (see {@link CollectiveEngineeringApproved}). */
    private void publishCollectiveAxes(Accompaniment accompaniment, List<PlanAxis> kept, CommitteeOpinionReport report,
                                       Instant now) {
        kept.stream().filter(axis -> axis.getTreatment() == Treatment.COLLECTIVE_ENGINEERING)
                .forEach(axis -> events.publishEvent(new CollectiveEngineeringApproved(accompaniment.getId(),
                        accompaniment.getBusinessKey(), accompaniment.getOrganisation().getId(), axis.getId(),
                        axis.getTitle(), axis.getDescription(), report.meetingOn(), report.recordedBy(), now)));
    }

    private Accompaniment load(long accompanimentId) {
        return accompaniments.findById(accompanimentId).orElseThrow(() -> new CaseNotFoundException(accompanimentId));
    }

    private void publish(long accompanimentId, String action, String actor, Instant at, String details) {
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, accompanimentId, action, actor, at, details));
    }
}
