package fr.parcours.dla.mission;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.engineering.MissionStatus;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the mission after the consultant's choice, step by step. Each write runs in the transaction of
 * the engine step that triggered it, so a failure rolls back both.
 */
@Service
public class MissionService {

    private final EngineeringMissionRepository missions;
    private final MissionRecords records;
    private final MissionQueries queries;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MissionService(EngineeringMissionRepository missions, MissionRecords records, MissionQueries queries, Clock clock,
                   ApplicationEventPublisher events) {
        this.missions = missions;
        this.records = records;
        this.queries = queries;
        this.clock = clock;
        this.events = events;
    }

    /** The mission of one ingénierie axis: how delegates find it from the multi-instance element variable. */
    @Transactional(readOnly = true)
    public long missionIdOfAxis(long planAxisId) {
        return missions.findByPlanAxisId(planAxisId).map(EngineeringMission::getId)
                .orElseThrow(() -> new CaseNotFoundException(planAxisId));
    }

    @Transactional
    public void recordLaunchMeeting(long missionId, LaunchMeetingMinutes minutes) {
        EngineeringMission mission = load(missionId);
        if (mission.getConsultantOrganisationId() == null) {
            throw new IllegalStateException("No consultant chosen for mission " + missionId);
        }
        if (minutes.date().isBefore(queries.contextOf(missionId).accompanimentOpenedOn())) {
            throw new IllegalArgumentException("Launch meeting before the accompaniment was opened");
        }
        Instant now = Instant.now(clock);
        records.launchMeetings().save(new LaunchMeeting(missionId, minutes, now));
        mission.moveTo(MissionStatus.IN_PROGRESS);
        publish(mission, "launch-meeting-recorded", minutes.recordedBy(), now, "mission " + missionId + " · " + minutes.date());
    }

    /** Records one milestone; returns whether the consultant says the mission is finished. */
    @Transactional
    public boolean recordProgress(long missionId, ProgressReport report) {
        EngineeringMission mission = load(missionId);
        boolean unjustified = report.justification() == null || report.justification().isBlank();
        if (unjustified && queries.contextOf(missionId).overrunWith(report.daysSpent())) {
            throw new IllegalArgumentException("Days beyond the allowed overrun need a justification");
        }
        Instant now = Instant.now(clock);
        records.milestones().save(new MissionMilestone(missionId, report, now));
        if (report.finished()) {
            mission.moveTo(MissionStatus.END_REPORT);
        }
        publish(mission, "mission-progress-reported", report.reportedBy(), now,
                "mission " + missionId + " · " + report.date() + " · " + report.daysSpent().toPlainString()
                        + (report.finished() ? " · fin" : ""));
        return report.finished();
    }

    @Transactional
    public void recordEndReport(long missionId, EndOfMissionReport report) {
        EngineeringMission mission = load(missionId);
        Instant now = Instant.now(clock);
        records.endReports().save(new EndReport(missionId, report, now));
        mission.moveTo(MissionStatus.SATISFACTION);
        publish(mission, "end-report-written", report.writtenBy(), now,
                "mission " + missionId + " · " + report.totalDays().toPlainString());
    }

    @Transactional
    public void recordSatisfaction(long missionId, SatisfactionScores scores) {
        EngineeringMission mission = load(missionId);
        Instant now = Instant.now(clock);
        records.satisfactions().save(new MissionSatisfaction(missionId, scores, now));
        mission.moveTo(MissionStatus.ASSESSMENT);
        publish(mission, "satisfaction-recorded", scores.recordedBy(), now, "mission %d · %d/%d/%d".formatted(
                missionId, scores.quality(), scores.listening(), scores.usefulness()));
    }

    @Transactional
    public void recordAssessment(long missionId, AssessmentVerdict verdict) {
        EngineeringMission mission = load(missionId);
        Instant now = Instant.now(clock);
        records.assessments().save(new MissionAssessment(missionId, verdict, now));
        mission.moveTo(MissionStatus.DONE);
        publish(mission, "mission-assessed", verdict.assessedBy(), now, "mission " + missionId + " · " + verdict.achieved());
    }

    private EngineeringMission load(long missionId) {
        return missions.findById(missionId).orElseThrow(() -> new CaseNotFoundException(missionId));
    }

    private void publish(EngineeringMission mission, String action, String actor, Instant at, String details) {
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, mission.getAccompanimentId(), action, actor, at, details));
    }
}
