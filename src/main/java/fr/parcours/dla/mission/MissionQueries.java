package fr.parcours.dla.mission;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.dla.plan.PlanAxisRepository;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads missions within the user's scope: a consultant sees only the missions its organisation was chosen
 * for; an officer those of the accompaniments of its territory. Anything else is a 404.
 */
@Service
public class MissionQueries {

    private final EngineeringMissionRepository missions;
    private final AccompanimentRepository accompaniments;
    private final AccompanimentService accompanimentService;
    private final PlanAxisRepository axes;
    private final OrganisationRepository organisations;
    private final MissionRecords records;
    private final Clock clock;

    MissionQueries(EngineeringMissionRepository missions, AccompanimentRepository accompaniments,
                   AccompanimentService accompanimentService, PlanAxisRepository axes,
                   OrganisationRepository organisations, MissionRecords records, Clock clock) {
        this.missions = missions;
        this.accompaniments = accompaniments;
        this.accompanimentService = accompanimentService;
        this.axes = axes;
        this.organisations = organisations;
        this.records = records;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MissionFile visibleTo(long missionId, UserScope scope) {
        EngineeringMission mission = missions.findById(missionId).orElseThrow(() -> new CaseNotFoundException(missionId));
        if (scope.getOrganisationId() != null) {
            if (!scope.getOrganisationId().equals(mission.getConsultantOrganisationId())) {
                throw new CaseNotFoundException(missionId);
            }
        } else {
            accompanimentService.visibleTo(mission.getAccompanimentId(), scope);
        }
        return fileOf(mission);
    }

    /** The mission of one ingénierie axis, if the user may see it. */
    @Transactional(readOnly = true)
    public MissionFile ofAxisVisibleTo(long planAxisId, UserScope scope) {
        EngineeringMission mission = missions.findByPlanAxisId(planAxisId)
                .orElseThrow(() -> new CaseNotFoundException(planAxisId));
        return visibleTo(mission.getId(), scope);
    }

    /** The mission of one ingénierie axis of this accompaniment, if the user may see it; empty for another case's axis. */
    @Transactional(readOnly = true)
    public Optional<MissionFile> ofAxisOfCase(long planAxisId, long accompanimentId, UserScope scope) {
        return missions.findByPlanAxisId(planAxisId)
                .filter(mission -> mission.getAccompanimentId() == accompanimentId)
                .map(mission -> visibleTo(mission.getId(), scope));
    }

    /** "Mes missions": the missions the consultant's organisation was chosen for; none for other users. */
    @Transactional(readOnly = true)
    public List<MissionFile> ofConsultant(UserScope scope) {
        if (scope.getOrganisationId() == null) {
            return List.of();
        }
        return missions.findByConsultantOrganisationIdOrderById(scope.getOrganisationId()).stream()
                .map(this::fileOf).toList();
    }

    /** The missions of one accompaniment whose consultant is chosen, for its case file. */
    @Transactional(readOnly = true)
    public List<MissionFile> ofAccompaniment(long accompanimentId) {
        return missions.findByAccompanimentIdOrderById(accompanimentId).stream()
                .filter(mission -> mission.getConsultantOrganisationId() != null)
                .map(this::fileOf).toList();
    }

    @Transactional(readOnly = true)
    public MissionContext contextOf(long missionId) {
        EngineeringMission mission = missions.findById(missionId).orElseThrow(() -> new CaseNotFoundException(missionId));
        Accompaniment accompaniment = accompaniments.findById(mission.getAccompanimentId())
                .orElseThrow(() -> new CaseNotFoundException(mission.getAccompanimentId()));
        return new MissionContext(accompaniment.getCreatedAt().atZone(clock.getZone()).toLocalDate(),
                records.launchMeetings().findByMissionId(missionId).map(LaunchMeeting::getMeetingDate).orElse(null),
                mission.getPlannedDays(), records.milestones().totalDaysSpent(missionId));
    }

    private MissionFile fileOf(EngineeringMission mission) {
        long id = mission.getId();
        Accompaniment accompaniment = accompaniments.findById(mission.getAccompanimentId())
                .orElseThrow(() -> new CaseNotFoundException(mission.getAccompanimentId()));
        String consultantName = mission.getConsultantOrganisationId() == null ? null
                : organisations.findById(mission.getConsultantOrganisationId()).map(Organisation::getName).orElse(null);
        return new MissionFile(mission, accompaniment.getId(), accompaniment.getBusinessKey(),
                accompaniment.getOrganisation().getName(), accompaniment.getProcessInstanceId(),
                axes.findById(mission.getPlanAxisId()).map(PlanAxis::getTitle).orElse(null), consultantName,
                records.launchMeetings().findByMissionId(id).orElse(null),
                records.milestones().findByMissionIdOrderByMilestoneDateAscIdAsc(id),
                records.milestones().totalDaysSpent(id),
                records.endReports().findByMissionId(id).orElse(null),
                records.satisfactions().findByMissionId(id).orElse(null),
                records.assessments().findByMissionId(id).orElse(null));
    }
}
