package fr.parcours.dla.followup.process;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_FOLLOW_UPS_DONE;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.dla.Accompaniment;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.followup.FollowUpReports;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.ArrayList;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The follow-up, the new accompaniment and the closure commit together with the engine step, or not at all. */
@ParcoursIntegrationTest
class FollowUpRollbackTests {

    @Autowired
    Scenario scenario;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewAccompanimentThatCannotBeOpenedUndoesTheWholeFollowUp() {
        Accompaniment accompaniment = scenario.openAt(TASK_FOLLOW_UP, Map.of(VAR_ENGINEERING_AXIS_IDS, new ArrayList<>()));
        Task task = scenario.task(accompaniment.getProcessInstanceId(), TASK_FOLLOW_UP);
        // No longer a structure: AccompanimentService.open refuses it, after the follow-up row was written.
        jdbc.update("update organisation set kind = 'CONSULTANT' where id = ?", accompaniment.getOrganisation().getId());

        assertThatThrownBy(() -> scenario.complete(task, DemoUsers.OFFICER_NICE, VAR_SUBMISSION,
                FollowUpReports.withNewNeeds("Besoin de financement", true)))
                .isInstanceOf(CaseNotFoundException.class);

        assertThat(scenario.task(accompaniment.getProcessInstanceId(), TASK_FOLLOW_UP).getId()).isEqualTo(task.getId());
        assertThat(runtimeService.getVariable(accompaniment.getProcessInstanceId(), VAR_FOLLOW_UPS_DONE)).isEqualTo(0);
        assertThat(jdbc.queryForObject("select count(*) from follow_up where accompaniment_id = ?", Integer.class,
                accompaniment.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from accompaniment_closure where accompaniment_id = ?",
                Integer.class, accompaniment.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where case_type = 'ACCOMPANIMENT' and case_id = ?",
                Integer.class, accompaniment.getId())).isZero();
        assertThat(jdbc.queryForObject("select phase from accompaniment where id = ?", String.class,
                accompaniment.getId())).isEqualTo("INTAKE");
    }
}
