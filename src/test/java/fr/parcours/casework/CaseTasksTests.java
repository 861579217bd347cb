package fr.parcours.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.dla.process.DlaIndividualProcess;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whose task a form may open and complete, read in one query without the user's engine checks. */
@ParcoursIntegrationTest
class CaseTasksTests {

    private static final String OFFICER = DemoUsers.OFFICER_NICE;
    private static final String KEY = DlaIndividualProcess.TASK_REVIEW_REQUEST;

    @Autowired
    CaseTasks caseTasks;
    @Autowired
    Scenario scenario;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @Test
    void aTaskOfferedToTheUsersGroupOpensAndIsCompletedInTheirName() {
        Task task = reviewTask();

        assertThat(as(OFFICER, () -> caseTasks.openTask(task.getId(), KEY, OFFICER)).getId()).isEqualTo(task.getId());
        as(OFFICER, () -> {
            caseTasks.complete(task.getId(), KEY, OFFICER, Map.of(Submissions.VAR_SUBMISSION, decision()));
            return null;
        });

        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo(OFFICER);
    }

    @Test
    void aTaskOfAnotherGroupOrOfAnotherKeyIsGone() {
        Task task = reviewTask();

        assertThatThrownBy(() -> as(DemoUsers.OFFICER_LILLE,
                () -> caseTasks.openTask(task.getId(), KEY, DemoUsers.OFFICER_LILLE)))
                .isInstanceOf(TaskGoneException.class);
        assertThatThrownBy(() -> as(OFFICER,
                () -> caseTasks.openTask(task.getId(), DlaIndividualProcess.TASK_HOLD_INTERVIEW, OFFICER)))
                .isInstanceOf(TaskGoneException.class);
        assertThatThrownBy(() -> as(DemoUsers.OFFICER_LILLE, () -> {
            caseTasks.complete(task.getId(), KEY, DemoUsers.OFFICER_LILLE,
                    Map.of(Submissions.VAR_SUBMISSION, decision()));
            return null;
        })).isInstanceOf(TaskGoneException.class);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aTaskAColleagueHoldsOpensButIsNotCompleted() {
        Task task = reviewTask();
        taskService.claim(task.getId(), "someone.else");

        Task opened = as(OFFICER, () -> caseTasks.openTask(task.getId(), KEY, OFFICER));
        assertThat(opened.getAssignee()).isEqualTo("someone.else");
        assertThatThrownBy(() -> as(OFFICER, () -> {
            caseTasks.complete(opened, OFFICER, decision());
            return null;
        })).isInstanceOf(TaskGoneException.class);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
    }

    @Test
    void aTaskAssignedToTheUserOpensOutsideTheirGroups() {
        Task task = reviewTask();
        taskService.setAssignee(task.getId(), DemoUsers.OFFICER_LILLE);

        assertThat(as(DemoUsers.OFFICER_LILLE, () -> caseTasks.openTask(task.getId(), KEY, DemoUsers.OFFICER_LILLE))
                .getId()).isEqualTo(task.getId());
    }

    @Test
    void aTaskCompletedMeanwhileIsGone() {
        Task task = reviewTask();
        Task opened = as(OFFICER, () -> caseTasks.openTask(task.getId(), KEY, OFFICER));
        as(OFFICER, () -> {
            caseTasks.complete(opened, OFFICER, decision());
            return null;
        });

        assertThatThrownBy(() -> as(OFFICER, () -> {
            caseTasks.complete(opened, OFFICER, decision());
            return null;
        })).isInstanceOf(TaskGoneException.class);
    }

    private Task reviewTask() {
        return scenario.task(scenario.openInNice().getProcessInstanceId(), KEY);
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        return scenario.as(user, action);
    }

    private static IntakeDecision decision() {
        return new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null, OFFICER);
    }
}
