package fr.parcours.dla.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.EngineeringMissionRepository;
import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.dla.plan.PlanAxisRepository;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import fr.parcours.tasklist.CaseFilter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ParcoursIntegrationTest
class DlaCaseDirectoryTests {

    @Autowired
    DlaCaseDirectory directory;
    @Autowired
    Scenario scenario;
    @Autowired
    PlanAxisRepository planAxes;
    @Autowired
    EngineeringMissionRepository missions;
    @Autowired
    OrganisationRepository organisations;

    @Test
    void findsCasesOnlyWithinTheUsersScope() {
        Accompaniment nice = scenario.openInNice();
        CaseFilter byName = new CaseFilter(null, nice.getOrganisation().getName());

        assertThat(directory.matching(byName, DemoUsers.OFFICER_NICE, 10)).containsExactly(nice.getProcessInstanceId());
        assertThat(directory.matching(byName, DemoUsers.ADMIN, 10)).containsExactly(nice.getProcessInstanceId());
        assertThat(directory.matching(byName, DemoUsers.OFFICER_LILLE, 10)).isEmpty();
        assertThat(directory.matching(byName, DemoUsers.COORDINATOR_LILLE, 10)).isEmpty();
        assertThat(directory.matching(byName, DemoUsers.CONSULTANT, 10)).isEmpty();
        assertThat(directory.matching(byName, "nobody.without.scope", 10)).isEmpty();
    }

    @Test
    void aConsultantFindsTheCasesWhoseIngenierieChoseItsOrganisation() {
        Accompaniment nice = scenario.openInNice();
        PlanAxis axis = planAxes.save(new PlanAxis(nice.getId(), 1, 1, "Structurer la médiation", null,
                Treatment.INDIVIDUAL_ENGINEERING, DemoUsers.OFFICER_NICE, Instant.now()));
        EngineeringMission mission = new EngineeringMission(nice.getId(), axis.getId());
        mission.chooseConsultant(organisations.findByName("France Médiation").orElseThrow().getId());
        missions.save(mission);

        assertThat(directory.matching(new CaseFilter(null, nice.getOrganisation().getName()), DemoUsers.CONSULTANT, 10))
                .containsExactly(nice.getProcessInstanceId());
    }

    @Test
    void matchesPhaseAndNamePartIgnoringCaseAndTreatsWildcardsLiterally() {
        Accompaniment nice = scenario.openInNice();
        String name = nice.getOrganisation().getName();

        assertThat(directory.matching(new CaseFilter("INTAKE", name.toUpperCase()), DemoUsers.OFFICER_NICE, 10))
                .containsExactly(nice.getProcessInstanceId());
        assertThat(directory.matching(new CaseFilter("DIAGNOSTIC", name), DemoUsers.OFFICER_NICE, 10)).isEmpty();
        assertThat(directory.matching(new CaseFilter("NOT_A_PHASE", name), DemoUsers.OFFICER_NICE, 10)).isEmpty();
        assertThat(directory.matching(new CaseFilter(null, name.replace(' ', '_')), DemoUsers.OFFICER_NICE, 10))
                .isEmpty();
        assertThat(directory.describe(List.of(nice.getProcessInstanceId())).get(nice.getProcessInstanceId()).phaseKey())
                .isEqualTo("phase.INTAKE");
    }

    @Test
    void returnsAtMostTheLimitNewestFirst() {
        Accompaniment older = scenario.openInNice();
        Accompaniment newer = scenario.openInNice();

        List<String> found = directory.matching(new CaseFilter("INTAKE", null), DemoUsers.OFFICER_NICE, 1);
        assertThat(found).containsExactly(newer.getProcessInstanceId()).doesNotContain(older.getProcessInstanceId());
    }
}
