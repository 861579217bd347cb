package fr.parcours.council.demo;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_PREPARE_MEETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.CouncilService;
import fr.parcours.council.activity.ActivityAxis;
import fr.parcours.council.activity.ActivitySheet;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.council.indicators.CouncilIndicators;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo life of a council (switched off in tests, so seeded here on councils of the tests' own, never on the
 * demo's Paris councils): once whatever the nodes, nothing when it fails, and the figures it gives each page.
 */
@ParcoursIntegrationTest
class CouncilLifeTests {

    @Autowired
    CouncilLife life;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CouncilService councils;
    @Autowired
    CouncilActivities activities;
    @Autowired
    CouncilIndicators indicators;
    @Autowired
    Scopes scopes;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;

    @Test
    void twoNodesStartingTogetherSeedItOnceAndARestartAddsNothing() throws Exception {
        Council council = councilScenario.parisCouncil(10, 6);
        String facilitator = councilScenario.facilitatorOf(council);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> seedAfter(go, council, facilitator));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> seedAfter(go, council, facilitator));
        go.countDown();

        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        assertThat(life.seedOnce(council.getId(), facilitator)).isFalse();

        long id = council.getId();
        assertThat(count("select count(*) from council_cycle where council_id = ?", id)).isEqualTo(3);
        assertThat(count("select count(*) from council_meeting m join council_cycle c on c.id = m.cycle_id"
                + " where c.council_id = ?", id)).isEqualTo(2);
        assertThat(count("select count(*) from council_draw where council_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from council_member where council_id = ?", id)).isEqualTo(19);
        assertThat(count("select count(*) from council_steering_meeting where council_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from council_activity where council_id = ?", id)).isEqualTo(16);
        assertThat(count("select count(*) from demo_seed where name = ?", CouncilLife.seedName(id))).isEqualTo(1);
    }

    @Test
    void aFailureHalfWayLeavesNeitherTheSeedRowNorAnyOfItsRecords() {
        Council council = councilScenario.parisCouncil(4, 2);
        // Not the council's facilitator: the draw is refused after the seed row is claimed.
        String stranger = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));

        assertThatThrownBy(() -> life.seedOnce(council.getId(), stranger)).isNotNull();

        assertThat(count("select count(*) from demo_seed where name = ?", CouncilLife.seedName(council.getId())))
                .isZero();
        assertThat(count("select count(*) from council_draw where council_id = ?", council.getId())).isZero();
        String facilitator = councilScenario.facilitatorOf(council);
        assertThat(life.seedOnce(council.getId(), facilitator)).isTrue();
    }

    @Test
    void theSheetTheIndicatorsAndTheTaskListTellTheStoryInOrder() throws Exception {
        Council council = councilScenario.parisCouncil(10, 6);
        String facilitator = councilScenario.facilitatorOf(council);
        assertThat(life.seedOnce(council.getId(), facilitator)).isTrue();
        LocalDate today = LocalDate.now(clock);

        ActivitySheet sheet = activities.sheet(facilitator, today.minusMonths(6), today, facilitator,
                scopes.of(facilitator));
        assertThat(sheet.totalHours()).isEqualByComparingTo("42.5");
        assertThat(sheet.totalActions()).isEqualTo(16);
        assertThat(sheet.axes()).extracting(ActivitySheet.AxisTotal::axis, a -> a.hours().doubleValue(),
                ActivitySheet.AxisTotal::actions).containsExactly(
                tuple(ActivityAxis.MOBILISATION, 20.5, 6),
                tuple(ActivityAxis.PARTICIPATION, 12.0, 5),
                tuple(ActivityAxis.COUNCIL_ACTIONS, 10.0, 5));
        assertThat(monthSheet(facilitator, YearMonth.from(today)).totalHours()).isPositive();
        assertThat(monthSheet(facilitator, YearMonth.from(today).minusMonths(1)).totalHours()).isPositive();

        CouncilIndicators.Indicators figures = indicators.of(council.getId());
        assertThat(figures.meetingsHeld()).isEqualTo(2);
        assertThat(figures.inhabitantsReached()).isEqualTo(45 + 70 + 120 + 35 + 50);
        assertThat(figures.actionsDecided()).isEqualTo(5);
        assertThat(figures.actionsDone()).isEqualTo(3);
        assertThat(figures.attendances()).as("13 of 19 members, then 15 of 19").isEqualTo(28);
        assertThat(jdbc.queryForList("select status from council_interpellation where council_id = ? order by sent_on",
                String.class, council.getId())).containsExactly("ANSWERED", "SENT");

        assertInOrderAndPast(council.getId(), today);
        assertCurrentCycleWaitsForThePreparation(council);
        String page = mvc.perform(get("/councils/{id}", council.getId()).with(logins.as(facilitator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Propreté des halls de la résidence Évangile", "Mariam Touré");
        mvc.perform(get("/councils/{id}", council.getId()).with(logins.as(DemoUsers.FACILITATOR_PARIS)))
                .andExpect(status().isNotFound());
    }

    /** Cycles follow one another a period apart; nothing happens after today; each step falls within its cycle. */
    private void assertInOrderAndPast(long councilId, LocalDate today) {
        List<LocalDate> bounds = jdbc.queryForList("select cast(started_at as date) from council_cycle where council_id = ?"
                + " order by number", Date.class, councilId).stream().map(Date::toLocalDate).toList();
        assertThat(bounds).isSorted().allSatisfy(day -> assertThat(day).isBefore(today));
        assertThat(count("select count(*) from council_cycle where council_id = ? and ended_at is not null"
                + " and ended_at < started_at", councilId)).isZero();
        assertThat(count("select count(*) from council_cycle c join council_cycle n on n.council_id = c.council_id"
                + " and n.number = c.number + 1 where c.council_id = ? and n.started_at < c.ended_at", councilId)).isZero();
        assertThat(count("select count(*) from council_activity a join council_cycle c on c.id = a.cycle_id"
                + " where a.council_id = ? and (a.performed_on < cast(c.started_at as date)"
                + " or a.performed_on > coalesce(cast(c.ended_at as date), current_date))", councilId)).isZero();
        assertThat(count("select count(*) from council_activity where council_id = ? and performed_on > ?", councilId,
                today)).isZero();
    }

    private void assertCurrentCycleWaitsForThePreparation(Council council) {
        String pid = jdbc.queryForObject("select process_instance_id from council_cycle where council_id = ?"
                + " and number = 3", String.class, council.getId());
        Task task = taskService.createTaskQuery().processInstanceId(pid).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(TASK_PREPARE_MEETING);
        assertThat(task.getDueDate()).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains(Groups.councilFacilitatorsOf(council.getId()));
    }

    private ActivitySheet monthSheet(String facilitator, YearMonth month) {
        return activities.sheet(facilitator, month.atDay(1), month.atEndOfMonth(), facilitator, scopes.of(facilitator));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private boolean seedAfter(CountDownLatch go, Council council, String facilitator) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return life.seedOnce(council.getId(), facilitator);
    }
}
