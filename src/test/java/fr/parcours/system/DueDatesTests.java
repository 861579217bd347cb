package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.support.ParcoursIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every user task of every deployed process has a due date whose step is configured, so "overdue" means something. */
@ParcoursIntegrationTest
class DueDatesTests {

    private static final Pattern STEP = Pattern.compile("\\$\\{dueDates\\.forStep\\('([a-z-]+)'\\)}");

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    DueDates dueDates;

    @Test
    void everyUserTaskOfEveryProcessHasAConfiguredDueDate() {
        List<String> missing = new ArrayList<>();
        List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
                .latestVersion().list().stream()
                .filter(definition -> definition.getResourceName().startsWith("processes/")).toList();
        assertThat(definitions).extracting(ProcessDefinition::getKey)
                .contains("dla-individual", "dla-collective", "council-cycle");
        for (ProcessDefinition definition : definitions) {
            for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(UserTask.class)) {
                String dueDate = task.getCamundaDueDate();
                Matcher step = dueDate == null ? null : STEP.matcher(dueDate);
                if (step == null || !step.matches()) {
                    missing.add(definition.getKey() + "/" + task.getId());
                } else {
                    assertThat(dueDates.forStep(step.group(1))).as(task.getId()).isInTheFuture();
                }
            }
        }
        assertThat(missing).as("user tasks without a configured due date").isEmpty();
    }

    @Test
    void anUnknownStepIsAnError() {
        assertThatThrownBy(() -> dueDates.forStep("no-such-step")).isInstanceOf(IllegalArgumentException.class);
    }
}
