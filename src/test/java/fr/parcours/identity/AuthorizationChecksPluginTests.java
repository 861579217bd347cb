package fr.parcours.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine checks rights with the user's groups as they are, without first scanning the authorization table. */
@ParcoursIntegrationTest
class AuthorizationChecksPluginTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    Scenario scenario;

    @Test
    void theEngineKeepsTheUsersGroupsWithoutReadingWhichOnesHoldRights() {
        AuthorizationManager manager = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(commandContext -> commandContext.getAuthorizationManager());

        assertThat(manager).isInstanceOf(AuthorizationChecksPlugin.UnfilteredGroupsAuthorizationManager.class);
        assertThat(manager.filterAuthenticatedGroupIds(List.of("dla-officers-06", "no-rights-at-all")))
                .containsExactlyInAnyOrder("dla-officers-06", "no-rights-at-all");
        assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
    }

    @Test
    void aGroupWithoutRightsAddsNothingAndTakesNothingAway() {
        Accompaniment accompaniment = scenario.openInNice();
        String pid = accompaniment.getProcessInstanceId();

        List<String> withTheirGroup = visibleTasks(pid, List.of(Groups.dlaOfficersOf("06")));
        List<String> withAnUnknownGroupToo = visibleTasks(pid, List.of(Groups.dlaOfficersOf("06"), "no-rights-at-all"));
        List<String> withTheUnknownGroupOnly = visibleTasks(pid, List.of("no-rights-at-all"));

        assertThat(withTheirGroup).hasSize(1);
        assertThat(withAnUnknownGroupToo).isEqualTo(withTheirGroup);
        assertThat(withTheUnknownGroupOnly).isEmpty();
    }

    private List<String> visibleTasks(String processInstanceId, List<String> groups) {
        identityService.setAuthentication("someone.checked", groups);
        try {
            return taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                    .map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
