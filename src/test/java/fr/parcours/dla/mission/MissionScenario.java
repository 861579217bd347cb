package fr.parcours.dla.mission;

import static fr.parcours.dla.process.DlaIndividualProcess.SUBPROCESS_ENGINEERING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_LAUNCH_MEETING;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_SPECIFICATIONS;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.dla.plan.PlanAxisRepository;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A case of a new Nice structure with one ingénierie whose consultant (France Médiation) is chosen and
 * whose token waits at the launch meeting inside the real multi-instance sub-process: the element variable
 * is the engine's own, and the consultant group is set in the ingénierie's scope as the choice step does.
 */
@Component
public class MissionScenario {

    public static final BigDecimal PLANNED_DAYS = new BigDecimal("10");

    private final Scenario scenario;
    private final AccompanimentRepository accompaniments;
    private final PlanAxisRepository axes;
    private final EngineeringMissionRepository missions;
    private final OrganisationRepository organisations;
    private final RuntimeService runtimeService;

    MissionScenario(Scenario scenario, AccompanimentRepository accompaniments, PlanAxisRepository axes,
                    EngineeringMissionRepository missions, OrganisationRepository organisations,
                    RuntimeService runtimeService) {
        this.scenario = scenario;
        this.accompaniments = accompaniments;
        this.axes = axes;
        this.missions = missions;
        this.organisations = organisations;
        this.runtimeService = runtimeService;
    }

    /** The case, its process instance and its mission, waiting at the launch meeting. */
    public record MissionCase(Accompaniment accompaniment, String processInstanceId, EngineeringMission mission) {
    }

    public long franceMediationId() {
        return organisations.findByName("France Médiation").map(Organisation::getId).orElseThrow();
    }

    public MissionCase atLaunchMeeting() {
        return atLaunchMeeting(franceMediationId());
    }

    public MissionCase atLaunchMeeting(long consultantOrganisationId) {
        Organisation structure = scenario.newStructure("06", "93");
        Accompaniment accompaniment = accompaniments.save(new Accompaniment("TEST-M-" + System.nanoTime(), structure,
                "Restructurer le service de médiation", DemoUsers.OFFICER_NICE));
        PlanAxis axis = axes.save(new PlanAxis(accompaniment.getId(), 1, 1, "Réorganiser le service de médiation",
                "Clarifier les rôles et missions", Treatment.INDIVIDUAL_ENGINEERING, DemoUsers.OFFICER_NICE, Instant.now()));
        EngineeringMission mission = new EngineeringMission(accompaniment.getId(), axis.getId());
        mission.specify("État des lieux de l'organisation", "Proposition d'organisation", PLANNED_DAYS,
                new BigDecimal("9000"));
        mission.chooseConsultant(consultantOrganisationId);
        mission.moveTo(MissionStatus.LAUNCH);
        mission = missions.save(mission);

        ProcessInstance instance = runtimeService.createProcessInstanceByKey(DlaIndividualProcess.KEY)
                .businessKey(accompaniment.getBusinessKey())
                .setVariables(Map.of(
                        DlaIndividualProcess.VAR_ACCOMPANIMENT_ID, accompaniment.getId(),
                        DlaIndividualProcess.VAR_OFFICER_GROUP, Groups.dlaOfficersOf("06"),
                        DlaIndividualProcess.VAR_FOLLOW_UPS_DONE, 0,
                        DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS, List.of(axis.getId())))
                .startBeforeActivity(SUBPROCESS_ENGINEERING + "#multiInstanceBody")
                .execute();
        ActivityInstance ingenierie = runtimeService.getActivityInstance(instance.getId())
                .getActivityInstances(SUBPROCESS_ENGINEERING)[0];
        runtimeService.setVariableLocal(ingenierie.getExecutionIds()[0], DlaIndividualProcess.VAR_CONSULTANT_GROUP,
                Groups.consultantsOf(consultantOrganisationId));
        runtimeService.createProcessInstanceModification(instance.getId())
                .startBeforeActivity(TASK_HOLD_LAUNCH_MEETING, ingenierie.getId())
                .cancelAllForActivity(TASK_WRITE_SPECIFICATIONS)
                .execute();
        accompaniment.attachProcess(instance.getId());
        return new MissionCase(accompaniments.save(accompaniment), instance.getId(), mission);
    }
}
