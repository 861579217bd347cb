package fr.parcours.dla.engineering;

import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.dla.plan.PlanAxisRepository;
import fr.parcours.selection.NoticeOutcome;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a consultant organisation was told: its own outcomes only, never a competitor's proposal or score. */
@Service
public class ConsultantNotices {

    private final ConsultantNoticeRepository notices;
    private final EngineeringMissionRepository missions;
    private final PlanAxisRepository axes;
    private final AccompanimentRepository accompaniments;

    ConsultantNotices(ConsultantNoticeRepository notices, EngineeringMissionRepository missions,
                      PlanAxisRepository axes, AccompanimentRepository accompaniments) {
        this.notices = notices;
        this.missions = missions;
        this.axes = axes;
        this.accompaniments = accompaniments;
    }

    /** One line per notice addressed to this organisation, the latest first. */
    @Transactional(readOnly = true)
    public List<Addressed> addressedTo(long organisationId) {
        return notices.findByOrganisationIdOrderByCreatedAtDesc(organisationId).stream()
                .map(notice -> {
                    EngineeringMission mission = missions.findById(notice.getMissionId()).orElseThrow();
                    String structure = accompaniments.findById(mission.getAccompanimentId())
                            .map(found -> found.getOrganisation().getName()).orElse(null);
                    String axis = axes.findById(mission.getPlanAxisId()).map(PlanAxis::getTitle).orElse(null);
                    return new Addressed(notice.getDecidedOn(), structure, axis, notice.getOutcome());
                })
                .toList();
    }

    /** A notice as its addressee reads it. */
    public record Addressed(LocalDate decidedOn, String structureName, String axisTitle, NoticeOutcome outcome) {
    }
}
