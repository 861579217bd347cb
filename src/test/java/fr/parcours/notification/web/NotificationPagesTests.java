package fr.parcours.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.notification.Frequency;
import fr.parcours.notification.MailAddressFlags;
import fr.parcours.notification.NotificationPreferences;
import fr.parcours.notification.Preference;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The preferences page (each person who holds tasks, their own), the outbox page (administrators) and the late tasks
 * (leads).
 */
@ParcoursIntegrationTest
class NotificationPagesTests {

    private static final String PASSWORD = "une phrase de passe assez longue";

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    UserAccounts accounts;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    MailAddressFlags flags;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyoneChoosesTheirOwnPreferenceWhichIsAudited() throws Exception {
        String officer = newOfficer();
        mvc.perform(get("/profile/notifications").with(logins.as(officer)))
                .andExpect(status().isOk())
                .andExpect(view().name("notification/preferences"))
                .andExpect(content().string(containsString("Notifications par courriel")))
                .andExpect(content().string(containsString("Tout de suite")));

        mvc.perform(post("/profile/notifications").param("frequency", "DAILY_DIGEST").param("language", "en")
                        .with(csrf()).with(logins.as(officer)))
                .andExpect(redirectedUrl("/profile/notifications"))
                .andExpect(flash().attribute("success", "notification.preferences.saved"));

        assertThat(preferences.of(officer)).isEqualTo(new Preference(Frequency.DAILY_DIGEST, "en"));
        assertThat(preferences.of(DemoUsers.OFFICER_NICE)).as("nobody else's").isEqualTo(Preference.DEFAULT);
        assertThat(jdbc.queryForList("select case_type, action, details from audit_record where actor = ?", officer))
                .containsExactly(java.util.Map.of("case_type", "ACCOUNT", "action", "notification-preferences-changed",
                        "details", "DAILY_DIGEST"));
        mvc.perform(get("/profile/notifications").with(logins.as(DemoUsers.CONSULTANT))).andExpect(status().isOk());
        mvc.perform(get("/profile/notifications").with(logins.as(DemoUsers.AUDITOR))).andExpect(status().isForbidden());
        mvc.perform(post("/profile/notifications").param("frequency", "NONE").with(csrf())
                .with(logins.as(DemoUsers.AUDITOR))).andExpect(status().isForbidden());
        assertThat(preferences.of(DemoUsers.AUDITOR)).as("auditors write nothing").isEqualTo(Preference.DEFAULT);
    }

    @Test
    void aMissingOrUnknownChoiceRedisplaysTheFormWithItsErrorAndSavesNothing() throws Exception {
        String officer = newOfficer();
        mvc.perform(post("/profile/notifications").param("language", "fr").with(csrf()).with(logins.as(officer)))
                .andExpect(status().isOk())
                .andExpect(view().name("notification/preferences"))
                .andExpect(model().attributeHasFieldErrors("form", "frequency"))
                .andExpect(content().string(containsString("Ce champ est obligatoire.")));
        mvc.perform(post("/profile/notifications").param("frequency", "HOURLY").param("language", "de")
                        .with(csrf()).with(logins.as(officer)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "frequency", "language"));

        assertThat(jdbc.queryForObject("select count(*) from notification_preference where user_id = ?",
                Integer.class, officer)).isZero();
    }

    @Test
    void aPreferenceIsNotSavedWhenItsTransactionRollsBack() {
        String officer = newOfficer();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            preferences.save(officer, new Preference(Frequency.NONE, null));
            status.setRollbackOnly();
        });
        assertThat(preferences.of(officer)).isEqualTo(Preference.DEFAULT);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where actor = ?", Integer.class, officer))
                .isZero();
    }

    @Test
    void aBouncedAddressIsShownToItsOwner() throws Exception {
        String officer = newOfficer();
        flags.flag(officer + "@parcours.example", "550 5.1.1 User unknown");
        mvc.perform(get("/profile/notifications").with(logins.as(officer)))
                .andExpect(content().string(containsString("Le serveur de messagerie refuse l&#39;adresse "
                        + officer + "@parcours.example")));
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() throws Exception {
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR, DemoUsers.CONSULTANT)) {
            mvc.perform(get("/admin/outbox").with(logins.as(user))).andExpect(status().isForbidden());
        }
        String officer = newOfficer();
        jdbc.update("""
                insert into mail_outbox (kind, recipient_user_id, recipient_address, locale, subject, text_body,
                                         status, attempts, next_attempt_at, last_error, created_at)
                values ('DIGEST', ?, ?, 'fr', 'Vos tâches du jour', 'Bonjour,', 'FAILED', 10, now(), ?, now())""",
                officer, officer + "@parcours.example", "MailSendException: Connection refused");
        mvc.perform(get("/admin/outbox").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("notification/outbox"))
                .andExpect(content().string(containsString("Courriels sortants")))
                .andExpect(content().string(containsString(officer)))
                .andExpect(content().string(containsString("En échec")))
                .andExpect(content().string(containsString("MailSendException: Connection refused")));
    }

    @Test
    void theLateTasksListShowsOnlyOpenTasksEscalatedToTheReader() throws Exception {
        String officer = newOfficer();
        jdbc.update("""
                insert into task_escalation (task_id, recipient_user_id, task_name, task_definition_key,
                                             process_instance_id, due_at, escalated_at)
                values ('no-such-task', ?, 'Tâche terminée depuis', 'Task_X', 'no-such-process', ?, now())""",
                officer, Timestamp.from(Instant.now().minus(Duration.ofDays(9))));
        mvc.perform(get("/overdue-tasks").with(logins.as(officer)))
                .andExpect(status().isOk())
                .andExpect(view().name("notification/overdue"))
                .andExpect(content().string(containsString("Aucune tâche en retard ne vous a été signalée.")))
                .andExpect(content().string(not(containsString("Tâche terminée depuis"))));
        for (String user : List.of(DemoUsers.CONSULTANT, DemoUsers.AUDITOR, DemoUsers.FACILITATOR_PARIS)) {
            mvc.perform(get("/overdue-tasks").with(logins.as(user))).andExpect(status().isForbidden());
        }
    }

    private String newOfficer() {
        String id = "notify-page-" + System.nanoTime();
        accounts.createIfMissing(id, "Paule", "Pages", PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(id, "93", "06"));
        return id;
    }
}
