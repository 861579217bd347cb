package fr.parcours.dla.followup;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_FOLLOW_UP;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.Phase;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ParcoursIntegrationTest
class FollowUpIndicatorsTests {

    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpIndicators indicators;
    @Autowired
    Scenario scenario;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sumsTheFollowUpsOfACase() {
        Accompaniment accompaniment = inFollowUp();
        followUps.record(accompaniment.getId(), FollowUpReports.ordinary(2, 1, "1500.25"));
        followUps.record(accompaniment.getId(), FollowUpReports.ordinary(3, 1, "500"));

        assertThat(indicators.ofCase(accompaniment.getId()))
                .isEqualTo(new Indicators(5, 2, new BigDecimal("2000.25"), 0));
        assertThat(jdbc.queryForObject("select funding_obtained from follow_up where accompaniment_id = ? and number = 1",
                BigDecimal.class, accompaniment.getId())).isEqualByComparingTo("1500.25");
    }

    @Test
    void countsClosedCasesAndSumsOverTheOfficersDepartment() {
        Indicators before = indicators.ofTerritory(scopes.of(DemoUsers.OFFICER_NICE));
        Accompaniment closed = inFollowUp();
        followUps.record(closed.getId(), FollowUpReports.ordinary(1, 2, "10000"));
        followUps.close(closed.getId());
        Accompaniment open = inFollowUp();
        followUps.record(open.getId(), FollowUpReports.ordinary(4, 0, "250.50"));

        Indicators after = indicators.ofTerritory(scopes.of(DemoUsers.OFFICER_NICE));

        assertThat(after.jobsConsolidated() - before.jobsConsolidated()).isEqualTo(5);
        assertThat(after.aidedContractsMadePermanent() - before.aidedContractsMadePermanent()).isEqualTo(2);
        assertThat(after.fundingObtained().subtract(before.fundingObtained())).isEqualByComparingTo("10250.50");
        assertThat(after.accompanimentsClosed() - before.accompanimentsClosed()).isEqualTo(1);
        assertThat(indicators.casesOf(scopes.of(DemoUsers.OFFICER_NICE)))
                .filteredOn(row -> row.accompanimentId() == closed.getId())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.phase()).isEqualTo(Phase.CLOSED);
                    assertThat(row.followUps()).isEqualTo(1);
                    assertThat(row.closedOn()).isNotNull();
                });
        assertThat(jdbc.queryForObject("select phase from accompaniment where id = ?", String.class, closed.getId()))
                .isEqualTo("CLOSED");
    }

    @Test
    void anotherDepartmentSeesNoneOfThem() {
        Accompaniment accompaniment = inFollowUp();
        followUps.record(accompaniment.getId(), FollowUpReports.ordinary(1, 0, "100"));

        assertThat(indicators.casesOf(scopes.of(DemoUsers.OFFICER_LILLE)))
                .noneMatch(row -> row.accompanimentId() == accompaniment.getId())
                .allMatch(row -> row.departmentCode().equals("59"));
        assertThat(indicators.casesOf(scopes.of(DemoUsers.CONSULTANT))).isEmpty();
        assertThat(indicators.casesOf(scopes.of(DemoUsers.AUDITOR)))
                .anyMatch(row -> row.accompanimentId() == accompaniment.getId());
    }

    @Test
    void aCaseWithoutFollowUpHasNoIndicators() {
        assertThat(indicators.ofCase(inFollowUp().getId())).isEqualTo(Indicators.NONE);
    }

    private Accompaniment inFollowUp() {
        return scenario.openAt(TASK_FOLLOW_UP, Map.of(VAR_ENGINEERING_AXIS_IDS, new ArrayList<>()));
    }
}
