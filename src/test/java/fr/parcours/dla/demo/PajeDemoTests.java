package fr.parcours.dla.demo;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REPORT_MISSION_PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.Phase;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** PAJE's individual DLA, seeded through the real process: in its ingénierie, France Médiation's progress to report. */
@ParcoursIntegrationTest
class PajeDemoTests {

    @Autowired
    PajeDemo demo;
    @Autowired
    AccompanimentRepository accompaniments;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    EngineeringMissionRepository missions;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void camilleRouxAccompaniesPajeAndInesFabreHasTheMissionsProgressToReport() {
        assertThat(demo.seedOnce()).isTrue();
        assertThat(demo.seedOnce()).as("seeded once").isFalse();

        long paje = organisations.findByName(PajeDemo.STRUCTURE).orElseThrow().getId();
        List<Accompaniment> cases = accompaniments.findAll().stream()
                .filter(a -> a.getOrganisation().getId() == paje).toList();
        assertThat(cases).singleElement().satisfies(accompaniment -> {
            assertThat(accompaniment.getPhase()).isEqualTo(Phase.ENGINEERING);
            assertThat(accompaniment.getCreatedBy()).isEqualTo(DemoUsers.OFFICER_NICE);
            List<EngineeringMission> engineering = missions.findByAccompanimentIdOrderById(accompaniment.getId());
            assertThat(engineering).singleElement().satisfies(mission -> assertThat(mission.getConsultantOrganisationId())
                    .isEqualTo(organisations.findByName("France Médiation").orElseThrow().getId()));
            assertThat(taskService.createTaskQuery().processInstanceId(accompaniment.getProcessInstanceId())
                    .taskDefinitionKey(TASK_REPORT_MISSION_PROGRESS).taskCandidateUser(DemoUsers.CONSULTANT).count())
                    .isEqualTo(1);
            // Its case file holds the diagnostic summary to sign, as a PDF, and the officer's note.
            assertThat(jdbc.queryForList("select document_type from case_document where case_type = 'ACCOMPANIMENT'"
                    + " and case_id = ?", String.class, accompaniment.getId())).containsExactly("DIAGNOSTIC_SUMMARY");
            assertThat(jdbc.queryForObject("select count(*) from case_note where case_type = 'ACCOMPANIMENT'"
                    + " and case_id = ? and author_id = ?", Long.class, accompaniment.getId(), DemoUsers.OFFICER_NICE))
                    .isOne();
        });
    }
}
