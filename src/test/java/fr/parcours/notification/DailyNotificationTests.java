package fr.parcours.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.notification.NotificationFixture.Team;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The once-a-day work: each person's digest, and the escalation of long overdue tasks. */
@ParcoursIntegrationTest
class DailyNotificationTests {

    /** Each test claims days of its own (far ahead): the day's run happens once, whichever test or node asks. */
    private static final AtomicInteger DAYS = new AtomicInteger();

    @Autowired
    NotificationFixture fixture;
    @Autowired
    DailyNotifications daily;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    DemoMailServer mailServer;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;

    @Test
    void theDigestListsOverdueAndSoonDueTasksOnlyAndRunsOncePerDay() throws Exception {
        Team team = fixture.team("digest", 3);
        preferences.save(team.people().get(1), new Preference(Frequency.NONE, null));
        preferences.save(team.people().get(2), new Preference(Frequency.DAILY_DIGEST, null));
        Instant now = Instant.now();
        fixture.start(team, "Tâche en retard", now.minus(Duration.ofDays(2)));
        fixture.start(team, "Tâche pour après-demain", now.plus(Duration.ofDays(2)));
        fixture.start(team, "Tâche lointaine", now.plus(Duration.ofDays(20)));
        jdbc.update("update mail_outbox set status = 'SENT' where recipient_user_id = any (?)",
                (Object) team.ids());
        LocalDate day = freshDay();

        assertThat(daily.digestOnce(day)).isPositive();
        assertThat(daily.digestOnce(day)).as("a second node finds the day done").isEqualTo(-1);

        List<Map<String, Object>> digests = jdbc.queryForList("""
                select recipient_user_id, subject, text_body, html_body from mail_outbox
                 where kind = 'DIGEST' and recipient_user_id = any (?) order by recipient_user_id""",
                (Object) team.ids());
        assertThat(digests).extracting(row -> row.get("recipient_user_id"))
                .as("nobody who chose no mail").containsExactly(team.people().get(0), team.people().get(2));
        Map<String, Object> immediate = digests.get(0);
        assertThat((String) immediate.get("subject")).startsWith("Vos tâches du ").endsWith(" : 1 en retard, 1 à échéance proche");
        assertThat((String) immediate.get("text_body")).contains("En retard", "Tâche en retard", "dépassée de 2 jours",
                        "À faire dans les 3 jours", "Tâche pour après-demain", "http://localhost:8080/tasks/")
                .doesNotContain("Tâche lointaine").doesNotContain("Arrivées depuis hier");
        assertThat((String) immediate.get("html_body")).contains("<a href=\"http://localhost:8080/tasks/");
        assertThat((String) digests.get(1).get("text_body")).as("the digest-only person also reads what arrived")
                .contains("Arrivées depuis hier", "Tâche lointaine");

        fixture.sendAllOf(team.people());
        assertThat(mailServer.receivedBy(team.address(0))).extracting(TaskNotificationTests::subject)
                .containsExactly((String) immediate.get("subject"));
        assertThat(mailServer.receivedBy(team.address(1))).isEmpty();
    }

    @Test
    void twoNodesAskingForTheSameDayWriteOneDigestEach() throws Exception {
        Team team = fixture.team("digest-race", 1);
        fixture.start(team, "Tâche du jour", Instant.now().plus(Duration.ofDays(1)));
        LocalDate day = freshDay();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            runs.add(nodes.submit(() -> {
                go.await();
                return daily.digestOnce(day);
            }));
        }
        go.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> run : runs) {
            results.add(run.get());
        }
        nodes.shutdown();

        assertThat(results).as("one node did the day, the other found it done").containsOnlyOnce(-1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where kind = 'DIGEST' and recipient_user_id = ?",
                Integer.class, team.people().get(0))).isEqualTo(1);
    }

    @Test
    void aLongOverdueTaskIsEscalatedOnceToTheOtherOfficersOfTheDepartmentAndListedForThem() throws Exception {
        String department = "9" + (char) ('A' + DAYS.incrementAndGet() % 26);
        String holder = officer("notify-holder", department);
        String colleague = officer("notify-colleague", department);
        Team group = new Team(Groups.dlaOfficersOf(department), List.of(holder, colleague));
        Task late = fixture.task(fixture.start(group, "Relire la demande en retard", Instant.now().minus(Duration.ofDays(8))));
        Task recent = fixture.task(fixture.start(group, "Relire la demande récente", Instant.now().minus(Duration.ofDays(3))));
        taskService.setAssignee(late.getId(), holder);
        taskService.setAssignee(recent.getId(), holder);

        assertThat(daily.escalateOnce(freshDay())).isPositive();

        assertThat(jdbc.queryForList("select task_id, recipient_user_id from task_escalation where task_id in (?, ?)",
                late.getId(), recent.getId()))
                .containsExactly(Map.of("task_id", late.getId(), "recipient_user_id", colleague));
        Map<String, Object> mail = TaskNotificationTests.only(jdbc.queryForList(
                "select recipient_user_id, subject, text_body from mail_outbox where kind = 'ESCALATION' and task_id = ?",
                late.getId()));
        assertThat(mail.get("recipient_user_id")).isEqualTo(colleague);
        assertThat((String) mail.get("subject")).isEqualTo("Tâche en retard de 8 jours : Relire la demande en retard");
        assertThat((String) mail.get("text_body")).contains("Elle est entre les mains de : " + holder);

        daily.escalateOnce(freshDay());
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where kind = 'ESCALATION' and task_id = ?",
                Integer.class, late.getId())).as("escalated once, whatever the days after").isEqualTo(1);
        mvc.perform(get("/overdue-tasks").with(logins.as(colleague)))
                .andExpect(content().string(containsString("Relire la demande en retard")))
                .andExpect(content().string(containsString("8 jours")));
        mvc.perform(get("/overdue-tasks").with(logins.as(holder)))
                .andExpect(content().string(not(containsString("Relire la demande en retard"))));
    }

    @Test
    void aFacilitatorsLateTaskGoesToTheCoordinatorsOfTheirRegionAndAnUnclaimedGroupTaskToTheAdministrators() {
        String region = "R" + DAYS.incrementAndGet();
        String facilitator = "notify-facilitator-" + System.nanoTime();
        accounts.createIfMissing(facilitator, "Anna", "Animatrice", "une phrase de passe assez longue",
                List.of(Groups.FACILITATORS), UserScope.department(facilitator, region, "75"));
        String coordinator = "notify-coordinator-" + System.nanoTime();
        accounts.createIfMissing(coordinator, "Claire", "Coordinatrice", "une phrase de passe assez longue",
                List.of(Groups.COORDINATORS), UserScope.region(coordinator, region));
        Team council = fixture.team("council", 0);
        identityService.createMembership(facilitator, council.groupId());
        Task councilTask = fixture.task(fixture.start(council, "Préparer la réunion du conseil",
                Instant.now().minus(Duration.ofDays(10))));
        Team officers = fixture.team("unclaimed", 2);
        Task unclaimed = fixture.task(fixture.start(officers, "Tâche que personne ne prend",
                Instant.now().minus(Duration.ofDays(10))));

        daily.escalateOnce(freshDay());

        assertThat(jdbc.queryForList("select recipient_user_id from task_escalation where task_id = ?", String.class,
                councilTask.getId())).containsExactly(coordinator);
        assertThat(jdbc.queryForList("select recipient_user_id from task_escalation where task_id = ?", String.class,
                unclaimed.getId())).contains("admin").doesNotContainAnyElementsOf(officers.people());
    }

    @Test
    void sentMailsAreForgottenAfterTheirKeepingPeriodButNotWaitingOrFailedOnes() {
        Team team = fixture.team("forget", 1);
        String person = team.people().get(0);
        for (String status : List.of("SENT", "PENDING", "FAILED")) {
            jdbc.update("""
                    insert into mail_outbox (kind, recipient_user_id, recipient_address, locale, subject, status,
                                             next_attempt_at, created_at, sent_at)
                    values ('DIGEST', ?, ?, 'fr', 'Ancien', ?, now(), now() - interval '200 days',
                            case when ? = 'SENT' then now() - interval '200 days' end)""",
                    person, team.address(0), status, status);
        }
        jdbc.update("""
                insert into mail_outbox (kind, recipient_user_id, recipient_address, locale, subject, status,
                                         next_attempt_at, created_at, sent_at)
                values ('DIGEST', ?, ?, 'fr', 'Récent', 'SENT', now(), now(), now())""", person, team.address(0));

        assertThat(daily.forgetOldSentMails()).isPositive();

        assertThat(fixture.rows(List.of(person))).extracting(row -> row.get("status"), row -> row.get("subject"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PENDING", "Ancien"),
                        org.assertj.core.groups.Tuple.tuple("FAILED", "Ancien"),
                        org.assertj.core.groups.Tuple.tuple("SENT", "Récent"));
    }

    private String officer(String prefix, String department) {
        String id = prefix + "-" + System.nanoTime();
        accounts.createIfMissing(id, "Olivier", "Officier", "une phrase de passe assez longue",
                List.of(Groups.DLA_OFFICERS), UserScope.department(id, "93", department));
        return id;
    }

    private static LocalDate freshDay() {
        return LocalDate.of(2100, 1, 1).plusDays(DAYS.incrementAndGet());
    }
}
