package fr.parcours.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.cycles.CouncilOverview;
import fr.parcours.council.cycles.CouncilOverviews;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.council.members.Gender;
import fr.parcours.council.members.LamyCheck;
import fr.parcours.council.members.NewMember;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Councils on PostgreSQL: loi Lamy warnings from the members written here, facilitators' reach. */
@ParcoursIntegrationTest
class CouncilServiceTests {

    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CouncilService councils;
    @Autowired
    CouncilMembers councilMembers;
    @Autowired
    CouncilOverviews overviews;
    @Autowired
    Scopes scopes;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aBalancedCouncilOfSixteenMeetsTheLoiLamy() {
        Council council = councilScenario.parisCouncil(10, 6);

        LamyCheck lamy = overview(council).lamy();

        assertThat(lamy.warnings()).isEmpty();
        assertThat(lamy.members()).isEqualTo(16);
        assertThat(lamy.residentsPercent()).isEqualTo(63);
        assertThat(lamy.residentWomen()).isEqualTo(5);
        assertThat(lamy.residentMen()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from council_member where council_id = ? and college = 'RESIDENTS'",
                Integer.class, council.getId())).isEqualTo(10);
    }

    @Test
    void tooFewResidentsAndTooFewMembersAreWarnedOf() {
        Council council = councilScenario.parisCouncil(4, 6);

        assertThat(overview(council).lamy().warnings())
                .containsExactly("council.lamy.residents-share", "council.lamy.size");
    }

    @Test
    void residentsOfOneGenderOnlyBreakParity() {
        Council council = councilScenario.parisCouncil(0, 7);
        for (int i = 0; i < 8; i++) {
            councilMembers.addMember(council.getId(), new NewMember("Habitante " + i, College.RESIDENTS, Gender.FEMALE,
                    LocalDate.of(2017, 3, 20)), DemoUsers.ADMIN);
        }

        LamyCheck lamy = overview(council).lamy();

        assertThat(lamy.warnings()).containsExactly("council.lamy.parity");
        assertThat(lamy.residentsPercent()).isEqualTo(53);
    }

    @Test
    void membersWhoLeftNoLongerCount() {
        Council council = councilScenario.parisCouncil(10, 6);
        jdbc.update("update council_member set left_on = date '2017-06-01' where council_id = ? and college = 'RESIDENTS'"
                + " and gender = 'MALE'", council.getId());

        LamyCheck lamy = overview(council).lamy();

        assertThat(lamy.members()).isEqualTo(11);
        assertThat(lamy.warnings()).containsExactly("council.lamy.residents-share", "council.lamy.size",
                "council.lamy.parity");
    }

    @Test
    void removingAFacilitatorRollsBackWithTheTransactionItRunsIn() {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        String group = Groups.councilFacilitatorsOf(council.getId());
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            assertThat(councilScenario.remove(council.getId(), facilitator)).isTrue();
            throw new IllegalStateException("a later step fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForList("select user_id from council_facilitator where council_id = ?", String.class,
                council.getId())).containsExactly(facilitator);
        assertThat(identityService.createUserQuery().userId(facilitator).memberOfGroup(group).count()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where case_type = 'COUNCIL' and case_id = ?"
                + " and action = 'council-facilitator-removed'", Integer.class, council.getId())).isZero();
    }

    @Test
    void aFacilitatorReachesTheCouncilsAssignedOnlyAndJoinsTheirCandidateGroupOnce() {
        Council mine = councilScenario.parisCouncil(2, 2);
        Council other = councilScenario.parisCouncil(2, 2);
        String facilitator = councilScenario.facilitatorOf(mine);
        councilScenario.assign(mine.getId(), facilitator);
        UserScope scope = scopes.of(facilitator);

        assertThat(councils.visibleList(facilitator, scope)).extracting(Council::getId).containsExactly(mine.getId());
        assertThat(councils.visibleTo(mine.getId(), facilitator, scope).getName()).isEqualTo(mine.getName());
        assertThatThrownBy(() -> councils.visibleTo(other.getId(), facilitator, scope))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.councilFacilitatorsOf(mine.getId())).count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from council_facilitator where council_id = ?", Integer.class,
                mine.getId())).isEqualTo(1);
    }

    private CouncilOverview overview(Council council) {
        return overviews.overview(council.getId(), DemoUsers.ADMIN, scopes.of(DemoUsers.ADMIN));
    }
}
