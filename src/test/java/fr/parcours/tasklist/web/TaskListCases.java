package fr.parcours.tasklist.web;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.Scopes;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Scenario;
import fr.parcours.tasklist.TaskPage;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MvcResult;

/** Cases of structures with names no other test uses, so the task-list filters can single them out. */
@Component
class TaskListCases {

    private final OrganisationRepository organisations;
    private final AccompanimentService accompaniments;
    private final Scopes scopes;
    private final Scenario scenario;

    TaskListCases(OrganisationRepository organisations, AccompanimentService accompaniments, Scopes scopes,
                  Scenario scenario) {
        this.organisations = organisations;
        this.accompaniments = accompaniments;
        this.scopes = scopes;
        this.scenario = scenario;
    }

    /** A name prefix unique to one test. */
    static String uniqueName(String label) {
        return "Tasklist " + label + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Opens a case for a new structure of this name in the officer's department; returns its review task. */
    Task open(String officer, String name, String departmentCode, String regionCode) {
        Organisation structure = organisations.save(new Organisation(name, null, "Association",
                OrganisationKind.STRUCTURE, "Ville", departmentCode, regionCode));
        Accompaniment opened = scenario.as(officer, () -> accompaniments.open(structure.getId(),
                "Besoin de structuration", officer, scopes.of(officer)));
        return scenario.task(opened.getProcessInstanceId(), DlaIndividualProcess.TASK_REVIEW_REQUEST);
    }

    /** Accepts the case at intake: it moves to the diagnostic; returns the interview task. */
    Task acceptForDiagnostic(Task review, String officer) {
        scenario.complete(review, officer, DlaIndividualProcess.VAR_SUBMISSION,
                new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null, officer));
        return scenario.task(review.getProcessInstanceId(), DlaIndividualProcess.TASK_HOLD_INTERVIEW);
    }

    static TaskPage page(MvcResult result) {
        return (TaskPage) result.getModelAndView().getModel().get("result");
    }

    static List<String> taskIds(MvcResult result) {
        return page(result).tasks().stream().map(task -> task.id()).toList();
    }
}
