package fr.parcours.dla.engineering;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECEIVE_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_SCORE_PROPOSALS;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_WRITE_SPECIFICATIONS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.dla.plan.PlanAxisRepository;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.selection.Preselection;
import fr.parcours.selection.ProposalScore;
import fr.parcours.selection.ProposalScores;
import fr.parcours.selection.ReceivedProposals;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Cases whose process starts right before {@code SubProcess_Engineering}, with real plan axes and missions,
 * and the steps of the consultant selection driven as the Nice officer.
 */
@Component
public class EngineeringScenario {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Scenario scenario;
    private final AccompanimentRepository accompaniments;
    private final PlanAxisRepository axes;
    private final EngineeringMissionRepository missions;
    private final OrganisationRepository organisations;
    private final ConsultantCandidateRepository candidates;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    EngineeringScenario(Scenario scenario, AccompanimentRepository accompaniments, PlanAxisRepository axes,
                        EngineeringMissionRepository missions, OrganisationRepository organisations,
                        ConsultantCandidateRepository candidates, RuntimeService runtimeService,
                        TaskService taskService) {
        this.scenario = scenario;
        this.accompaniments = accompaniments;
        this.axes = axes;
        this.missions = missions;
        this.organisations = organisations;
        this.candidates = candidates;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** A Nice case with one ingénierie axis (and its mission) per title, waiting in its ingénieries. */
    public EngineeringCase open(String... axisTitles) {
        Organisation structure = scenario.newStructure("06", "93");
        Accompaniment accompaniment = accompaniments.save(new Accompaniment("TEST-ENG-" + SEQUENCE.incrementAndGet(),
                structure, "Besoin de structuration", DemoUsers.OFFICER_NICE));
        List<Long> axisIds = new ArrayList<>();
        for (int i = 0; i < axisTitles.length; i++) {
            PlanAxis axis = axes.save(new PlanAxis(accompaniment.getId(), 1, i + 1, axisTitles[i], null,
                    Treatment.INDIVIDUAL_ENGINEERING, DemoUsers.OFFICER_NICE, Instant.now()));
            missions.save(new EngineeringMission(accompaniment.getId(), axis.getId()));
            axisIds.add(axis.getId());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(DlaIndividualProcess.VAR_ACCOMPANIMENT_ID, accompaniment.getId());
        variables.put(DlaIndividualProcess.VAR_OFFICER_GROUP, Groups.dlaOfficersOf("06"));
        variables.put(DlaIndividualProcess.VAR_FOLLOW_UPS_DONE, 0);
        variables.put(DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS, axisIds);
        String processInstanceId = runtimeService.createProcessInstanceByKey(DlaIndividualProcess.KEY)
                .businessKey(accompaniment.getBusinessKey())
                .setVariables(variables)
                .startBeforeActivity(DlaIndividualProcess.SUBPROCESS_ENGINEERING + "#multiInstanceBody")
                .execute().getId();
        accompaniment.attachProcess(processInstanceId);
        return new EngineeringCase(accompaniments.save(accompaniment), List.copyOf(axisIds));
    }

    /** A new consultant organisation (the demo data has only France Médiation). */
    public Organisation newConsultant() {
        long n = SEQUENCE.incrementAndGet();
        return scenario.inPool(organisations.save(new Organisation("Cabinet test " + n, null, "SARL",
                OrganisationKind.CONSULTANT, "Marseille", "13", "93")), "93");
    }

    public List<Organisation> newConsultants(int count) {
        List<Organisation> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(newConsultant());
        }
        return created;
    }

    /** The open task of this key in the ingénierie of this axis. */
    public Task task(EngineeringCase opened, long axisId, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(opened.processInstanceId())
                .taskDefinitionKey(taskKey).list().stream()
                .filter(task -> axisId == ((Number) taskService.getVariable(task.getId(),
                        DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID)).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("No open " + taskKey + " for axis " + axisId));
    }

    public void complete(EngineeringCase opened, long axisId, String taskKey, Object submission) {
        scenario.complete(task(opened, axisId, taskKey), DemoUsers.OFFICER_NICE, VAR_SUBMISSION, submission);
    }

    public void writeSpecifications(EngineeringCase opened, long axisId) {
        complete(opened, axisId, TASK_WRITE_SPECIFICATIONS, new Specifications("Réorganiser le service de médiation",
                "Organigramme, fiches de poste", new BigDecimal("8"), new BigDecimal("6000"), DemoUsers.OFFICER_NICE));
    }

    public void preselect(EngineeringCase opened, long axisId, List<Organisation> consultants) {
        writeSpecifications(opened, axisId);
        complete(opened, axisId, TASK_PRESELECT_CONSULTANTS, new Preselection(
                consultants.stream().map(Organisation::getId).toList(), DemoUsers.OFFICER_NICE));
    }

    /** Up to the scoring: every consultant but the last sends a proposal (5 000 €, then +100 € each). */
    public List<ConsultantCandidate> receiveProposals(EngineeringCase opened, long axisId,
                                                      List<Organisation> consultants) {
        preselect(opened, axisId, consultants);
        List<ConsultantCandidate> preselected = candidatesOf(axisId);
        List<ReceivedProposals.Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < preselected.size(); i++) {
            boolean received = i < preselected.size() - 1;
            proposals.add(new ReceivedProposals.Proposal(preselected.get(i).getId(), received,
                    received ? LocalDate.now() : null, received ? new BigDecimal(5000 + 100 * i) : null,
                    received ? new BigDecimal("7") : null));
        }
        complete(opened, axisId, TASK_RECEIVE_PROPOSALS, new ReceivedProposals(proposals, DemoUsers.OFFICER_NICE));
        return candidatesOf(axisId);
    }

    /** Up to the choice: the received proposals scored, the first one best. */
    public List<ConsultantCandidate> scoreProposals(EngineeringCase opened, long axisId,
                                                    List<Organisation> consultants) {
        List<ConsultantCandidate> received = receiveProposals(opened, axisId, consultants).stream()
                .filter(ConsultantCandidate::hasProposal).toList();
        List<ProposalScore> scores = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            scores.add(new ProposalScore(received.get(i).getId(), 18 - i, 16 - i, 12, 10));
        }
        complete(opened, axisId, TASK_SCORE_PROPOSALS, new ProposalScores(scores, DemoUsers.OFFICER_NICE));
        return candidatesOf(axisId);
    }

    public List<ConsultantCandidate> candidatesOf(long axisId) {
        return candidates.findByMission(missions.findByPlanAxisId(axisId).orElseThrow().getId());
    }

    public EngineeringMission missionOf(long axisId) {
        return missions.findByPlanAxisId(axisId).orElseThrow();
    }

    /** A case opened by {@link #open}: its accompaniment and the plan-axis id of each ingénierie. */
    public record EngineeringCase(Accompaniment accompaniment, List<Long> axisIds) {

        public String processInstanceId() {
            return accompaniment.getProcessInstanceId();
        }

        public long firstAxis() {
            return axisIds.get(0);
        }
    }
}
