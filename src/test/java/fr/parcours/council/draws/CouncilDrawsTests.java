package fr.parcours.council.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilOverview;
import fr.parcours.council.cycles.CouncilOverviews;
import fr.parcours.council.members.Gender;
import fr.parcours.council.members.LamyCheck;
import fr.parcours.council.privacy.MemberPrivacy;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Draws by lot on PostgreSQL: the draw, its lists and its members written together, or nothing at all. */
@ParcoursIntegrationTest
class CouncilDrawsTests {

    private static final LocalDate DRAWN_ON = LocalDate.of(2017, 2, 10);

    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CouncilDraws draws;
    @Autowired
    CouncilOverviews overviews;
    @Autowired
    MemberPrivacy privacy;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDrawBringsItsAcceptedResidentsInAndRestoresTheResidentsShareAndParity() {
        Council council = councilScenario.parisCouncil(0, 6);
        String facilitator = councilScenario.facilitatorOf(council);
        assertThat(overview(council, facilitator).lamy().warnings()).contains("council.lamy.residents-share");

        ResidentsDraw draw = draws.record(council.getId(), draw(List.of(
                new DrawnResident("Awa Sy", Gender.FEMALE), new DrawnResident("Léo Martin", Gender.MALE),
                new DrawnResident("Rose Dupuis", Gender.FEMALE), new DrawnResident("Ali Kaci", Gender.MALE),
                new DrawnResident("Inès Roy", Gender.FEMALE), new DrawnResident("Tom Blanc", Gender.MALE),
                new DrawnResident("Zoé Faure", Gender.FEMALE), new DrawnResident("Sami Noor", Gender.MALE),
                new DrawnResident("Mia Lopez", Gender.FEMALE), new DrawnResident("Noé Petit", Gender.MALE)),
                4, 2), facilitator, scope(facilitator));

        LamyCheck lamy = overview(council, facilitator).lamy();
        assertThat(lamy.warnings()).isEmpty();
        assertThat(lamy.residents()).isEqualTo(10);
        assertThat(lamy.residentWomen()).isEqualTo(5);
        assertThat(lamy.residentsPercent()).isEqualTo(63);
        assertThat(jdbc.queryForObject("select count(*) from council_member where draw_id = ? and college = 'RESIDENTS'"
                + " and joined_on = ?", Integer.class, draw.getId(), DRAWN_ON)).isEqualTo(10);
        assertThat(jdbc.queryForList("select kind || ':' || names_count from council_draw_list where draw_id = ?"
                + " order by position", String.class, draw.getId()))
                .containsExactly("ELECTORAL_ROLL:850", "LANDLORD_TENANTS:420");
        assertThat(jdbc.queryForObject("select drawn_count || '/' || declined_count || '/' || unreachable_count"
                + " from council_draw where id = ?", String.class, draw.getId())).isEqualTo("16/4/2");
        assertThat(audits(council, "council-draw-recorded")).isEqualTo(1);
        assertThat(audits(council, "council-member-joined")).isEqualTo(16);

        DrawRecord minutes = draws.minutes(council.getId(), draw.getId(), facilitator, scope(facilitator));
        assertThat(minutes.accepted()).hasSize(10);
        assertThat(minutes.acceptedWomen()).isEqualTo(5);
        assertThat(minutes.draw().namesInLists()).isEqualTo(1270);
        long member = minutes.accepted().get(0).getId();
        assertThat(privacy.export(council.getId(), member, facilitator, scope(facilitator)).draw().getDrawnOn())
                .isEqualTo(DRAWN_ON);
    }

    @Test
    void aMemberWhoCannotBeWrittenRollsTheWholeDrawBack() {
        Council council = councilScenario.parisCouncil(0, 2);
        String facilitator = councilScenario.facilitatorOf(council);

        assertThatThrownBy(() -> draws.record(council.getId(), draw(List.of(
                new DrawnResident("Awa Sy", Gender.FEMALE), new DrawnResident("x".repeat(201), Gender.MALE)), 14, 0),
                facilitator, scope(facilitator))).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.queryForObject("select count(*) from council_draw where council_id = ?", Integer.class,
                council.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from council_member where council_id = ?"
                + " and college = 'RESIDENTS'", Integer.class, council.getId())).isZero();
        assertThat(audits(council, "council-draw-recorded")).isZero();
        assertThat(audits(council, "council-member-joined")).isEqualTo(2);
    }

    @Test
    void answersThatDoNotAddUpOrAStrangerChangeNothing() {
        Council council = councilScenario.parisCouncil(0, 2);
        String facilitator = councilScenario.facilitatorOf(council);
        String stranger = councilScenario.facilitatorOf(councilScenario.parisCouncil(0, 1));
        NewDraw good = draw(List.of(new DrawnResident("Awa Sy", Gender.FEMALE)), 14, 1);

        assertThatThrownBy(() -> draws.record(council.getId(), draw(List.of(), 14, 1), facilitator, scope(facilitator)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draws.record(council.getId(), good, stranger, scope(stranger)))
                .isInstanceOf(CaseNotFoundException.class);

        assertThat(jdbc.queryForObject("select count(*) from council_draw where council_id = ?", Integer.class,
                council.getId())).isZero();
        long drawId = draws.record(council.getId(), good, facilitator, scope(facilitator)).getId();
        assertThatThrownBy(() -> draws.minutes(council.getId(), drawId, stranger, scope(stranger)))
                .isInstanceOf(CaseNotFoundException.class);
        Council other = councilScenario.parisCouncil(0, 1);
        assertThatThrownBy(() -> draws.minutes(other.getId(), drawId, DemoUsers.ADMIN, UserScope.national("a")))
                .isInstanceOf(CaseNotFoundException.class);
    }

    /** 16 drawn from the electoral roll and a landlord's tenants: the accepted, then the declined and unreachable. */
    private static NewDraw draw(List<DrawnResident> accepted, int declined, int unreachable) {
        return new NewDraw(DRAWN_ON, 16, List.of(new DrawList(DrawListKind.ELECTORAL_ROLL, "Bureaux 18-04 à 18-09", 850),
                new DrawList(DrawListKind.LANDLORD_TENANTS, "Paris Habitat", 420)), accepted, declined, unreachable);
    }

    private CouncilOverview overview(Council council, String userId) {
        return overviews.overview(council.getId(), userId, scope(userId));
    }

    private UserScope scope(String userId) {
        return scopes.of(userId);
    }

    private int audits(Council council, String action) {
        return jdbc.queryForObject("select count(*) from audit_record where case_type = 'COUNCIL' and case_id = ?"
                + " and action = ?", Integer.class, council.getId(), action);
    }
}
