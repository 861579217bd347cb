package fr.parcours.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Claim and completion in one engine command keep the history of the two separate calls, and refuse whom the engine's
 * checks would refuse, while the engine still checks the same users on its own API.
 */
@ParcoursIntegrationTest
class TaskWorkTests {

    private static final String OFFICER = DemoUsers.OFFICER_NICE;

    @Autowired
    TaskWork taskWork;
    @Autowired
    Scenario scenario;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    AuthorizationService authorizationService;

    @Test
    void claimsForTheUserThenCompletesWithTheHistoryOfBothSteps() {
        Task task = reviewTaskOfANewCase();

        scenario.as(OFFICER, () -> {
            taskWork.complete(task.getId(), OFFICER, decision());
            return null;
        });

        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
        assertThat(done.getAssignee()).isEqualTo(OFFICER);
        assertThat(done.getEndTime()).isNotNull();
        assertThat(historyService.createUserOperationLogQuery().taskId(task.getId()).list())
                .filteredOn(entry -> entry.getUserId().equals(OFFICER))
                .extracting(UserOperationLogEntry::getOperationType)
                .contains(UserOperationLogEntry.OPERATION_TYPE_CLAIM, UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
    }

    @Test
    void aTaskClaimedBySomeoneElseMeanwhileIsNeitherClaimedNorCompleted() {
        Task task = reviewTaskOfANewCase();
        taskService.claim(task.getId(), "someone.else");

        assertThatThrownBy(() -> scenario.as(OFFICER, () -> {
            taskWork.complete(task.getId(), OFFICER, decision());
            return null;
        })).isInstanceOf(TaskAlreadyClaimedException.class);

        Task still = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(still).isNotNull();
        assertThat(still.getAssignee()).isEqualTo("someone.else");
    }

    @Test
    void aUserWithoutTheRightToWorkOnTheTaskChangesNothing() {
        Task task = reviewTaskOfANewCase();

        assertThatThrownBy(() -> scenario.as(DemoUsers.OFFICER_LILLE, () -> {
            taskWork.complete(task.getId(), DemoUsers.OFFICER_LILLE, decision());
            return null;
        })).isInstanceOf(AuthorizationException.class);

        Task still = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(still).isNotNull();
        assertThat(still.getAssignee()).isNull();
    }

    @Test
    void aUserOtherThanTheEngineUserOfTheThreadChangesNothing() {
        Task task = reviewTaskOfANewCase();

        assertThatThrownBy(() -> scenario.as(DemoUsers.OFFICER_LILLE, () -> {
            taskWork.complete(task.getId(), OFFICER, decision());
            return null;
        })).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskWork.complete(task.getId(), OFFICER, decision()))
                .isInstanceOf(AuthorizationException.class);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void theEngineStillChecksTheSameUserCallingItsTaskServiceDirectly() {
        Task task = reviewTaskOfANewCase();

        // The way of the REST API and Tasklist: the engine's own checks refuse a user outside the candidate groups.
        assertThatThrownBy(() -> scenario.as(DemoUsers.OFFICER_LILLE, () -> {
            taskService.claim(task.getId(), DemoUsers.OFFICER_LILLE);
            return null;
        })).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> scenario.as(DemoUsers.OFFICER_LILLE, () -> {
            taskService.complete(task.getId(), decision());
            return null;
        })).isInstanceOf(AuthorizationException.class);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aClaimOutsideTheAppsCompletionStillGrantsTheAssigneeTheTask() {
        Task task = reviewTaskOfANewCase();

        scenario.as(OFFICER, () -> {
            taskService.claim(task.getId(), OFFICER);
            return null;
        });

        assertThat(authorizationService.createAuthorizationQuery().userIdIn(OFFICER).resourceType(Resources.TASK)
                .resourceId(task.getId()).count()).isEqualTo(1);
    }

    private Task reviewTaskOfANewCase() {
        Accompaniment accompaniment = scenario.openInNice();
        return scenario.task(accompaniment.getProcessInstanceId(), DlaIndividualProcess.TASK_REVIEW_REQUEST);
    }

    private static VariableMap decision() {
        return Variables.createVariables().putValueTyped(DlaIndividualProcess.VAR_SUBMISSION, Variables.objectValue(
                new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null, OFFICER), true).create());
    }
}
