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
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
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
    private final UserAccounts accounts;
    private final MissionQueries queries;

    MissionScenario(Scenario scenario, AccompanimentRepository accompaniments, PlanAxisRepository axes,
                    EngineeringMissionRepository missions, OrganisationRepository organisations,
                    RuntimeService runtimeService, UserAccounts accounts, MissionQueries queries) {
        this.accounts = accounts;
        this.queries = queries;
        this.scenario = scenario;
        this.accompaniments = accompaniments;
        this.axes = axes;
        this.missions = missions;
        this.organisations = organisations;
        this.runtimeService = runtimeService;
    }

    /** The case, its process instance and its mission, waiting at the launch meeting. */
    public record MissionCase(Accompaniment accompaniment, String structureName, String processInstanceId,
                              EngineeringMission mission) {
    }

    public long franceMediationId() {
        return organisations.findByName("France Médiation").map(Organisation::getId).orElseThrow();
    }

    public MissionCase atLaunchMeeting() {
        return parallelAtLaunchMeeting(1).get(0);
    }

    /** {@code count} ingénieries of one case, all with France Médiation, run in parallel by the multi-instance. */
    public List<MissionCase> parallelAtLaunchMeeting(int count) {
        long consultant = franceMediationId();
        Organisation structure = scenario.newStructure("06", "93");
        Accompaniment accompaniment = accompaniments.save(new Accompaniment("TEST-M-" + System.nanoTime(), structure,
                "Restructurer le service de médiation", DemoUsers.OFFICER_NICE));
        List<EngineeringMission> chosen = IntStream.range(0, count)
                .mapToObj(i -> chosenMission(accompaniment.getId(), consultant)).toList();

        ProcessInstance instance = runtimeService.createProcessInstanceByKey(DlaIndividualProcess.KEY)
                .businessKey(accompaniment.getBusinessKey())
                .setVariables(Map.of(
                        DlaIndividualProcess.VAR_ACCOMPANIMENT_ID, accompaniment.getId(),
                        DlaIndividualProcess.VAR_OFFICER_GROUP, Groups.dlaOfficersOf("06"),
                        DlaIndividualProcess.VAR_FOLLOW_UPS_DONE, 0,
                        DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS,
                        chosen.stream().map(EngineeringMission::getPlanAxisId).toList()))
                .startBeforeActivity(SUBPROCESS_ENGINEERING + "#multiInstanceBody")
                .execute();
        ProcessInstanceModificationBuilder modification = runtimeService.createProcessInstanceModification(instance.getId());
        for (ActivityInstance ingenierie : runtimeService.getActivityInstance(instance.getId())
                .getActivityInstances(SUBPROCESS_ENGINEERING)) {
            runtimeService.setVariableLocal(ingenierie.getExecutionIds()[0], DlaIndividualProcess.VAR_CONSULTANT_GROUP,
                    Groups.consultantsOf(consultant));
            modification = modification.startBeforeActivity(TASK_HOLD_LAUNCH_MEETING, ingenierie.getId());
        }
        modification.cancelAllForActivity(TASK_WRITE_SPECIFICATIONS).execute();
        accompaniment.attachProcess(instance.getId());
        Accompaniment saved = accompaniments.save(accompaniment);
        return chosen.stream().map(mission -> new MissionCase(saved, structure.getName(), instance.getId(), mission))
                .toList();
    }

    private EngineeringMission chosenMission(long accompanimentId, long consultantOrganisationId) {
        EngineeringMission mission = new EngineeringMission(accompanimentId, newAxis(accompanimentId));
        mission.specify("État des lieux de l'organisation", "Proposition d'organisation", PLANNED_DAYS,
                new BigDecimal("9000"));
        mission.chooseConsultant(consultantOrganisationId);
        mission.moveTo(MissionStatus.LAUNCH);
        return missions.save(mission);
    }

    /** A new ingénierie axis of the accompaniment. */
    public long newAxis(long accompanimentId) {
        return axes.save(new PlanAxis(accompanimentId, 1, 1, "Réorganiser le service de médiation",
                "Clarifier les rôles et missions", Treatment.INDIVIDUAL_ENGINEERING, DemoUsers.OFFICER_NICE,
                Instant.now())).getId();
    }

    public MissionContext context(long missionId) {
        return queries.contextOf(missionId);
    }

    /** Completes the launch meeting (held today) as the Nice officer. */
    public void launch(MissionCase mission) {
        scenario.complete(scenario.task(mission.processInstanceId(), DlaIndividualProcess.TASK_HOLD_LAUNCH_MEETING),
                DemoUsers.OFFICER_NICE, DlaIndividualProcess.VAR_SUBMISSION,
                new LaunchMeetingMinutes(LocalDate.now(), "Présidente, directeur", "Camille Roux", "Inès Fabre",
                        "Trois ateliers puis restitution", DemoUsers.OFFICER_NICE));
    }

    /** Launches the mission, reports one final milestone and writes the end report as France Médiation. */
    public void throughEndReport(MissionCase mission) {
        launch(mission);
        scenario.complete(scenario.task(mission.processInstanceId(), DlaIndividualProcess.TASK_REPORT_MISSION_PROGRESS),
                DemoUsers.CONSULTANT, DlaIndividualProcess.VAR_SUBMISSION, new ProgressReport(LocalDate.now(),
                        PLANNED_DAYS, "Diagnostic organisationnel", null, true, DemoUsers.CONSULTANT));
        scenario.complete(scenario.task(mission.processInstanceId(), DlaIndividualProcess.TASK_WRITE_END_REPORT),
                DemoUsers.CONSULTANT, DlaIndividualProcess.VAR_SUBMISSION, new EndOfMissionReport("Synthèse",
                        "Résultats", "Recommandations", PLANNED_DAYS, DemoUsers.CONSULTANT));
    }

    /** A user of another, new consultant organisation (never chosen for any mission). */
    public String otherConsultant() {
        long n = System.nanoTime();
        Organisation firm = organisations.save(new Organisation("Cabinet concurrent " + n, null, "SARL",
                OrganisationKind.CONSULTANT, "Lyon", "69", "84"));
        String userId = "consultant.test." + n;
        accounts.createIfMissing(userId, "Test", "Concurrent", "secret-" + n, List.of(Groups.CONSULTANTS),
                UserScope.organisation(userId, firm.getId()));
        return userId;
    }
}
