package fr.parcours.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.parcours.support.AuditRows;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.UserAccounts;
import fr.parcours.support.DlaJourney;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ParcoursIntegrationTest
class AuditSearchControllerTests {

    private static final Pattern RECORD = Pattern.compile("data-record=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    DlaJourney journey;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditRows auditRows;

    private Accompaniment accompaniment;
    private String organisation;
    private int records;

    @BeforeEach
    void runACase() {
        accompaniment = journey.throughCommittee(1);
        organisation = jdbc.queryForObject("select o.name from organisation o join accompaniment a"
                + " on a.organisation_id = o.id where a.id = ?", String.class, accompaniment.getId());
        records = jdbc.queryForObject("select count(*) from audit_record where case_type = 'ACCOMPANIMENT'"
                + " and case_id = ?", Integer.class, accompaniment.getId());
    }

    @Test
    void findsACasesRecordsByOrganisationUserActionPhaseAndPeriod() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        String phase = jdbc.queryForObject("select phase from accompaniment where id = ?", String.class,
                accompaniment.getId());

        String all = search(get("/audit/search").param("organisation", organisation.toUpperCase()));
        assertThat(recordIds(all)).hasSize(records);
        assertThat(all).contains(accompaniment.getBusinessKey()).contains(records + " enregistrement(s)")
                .contains("/audit/cases/" + accompaniment.getId());

        assertThat(recordIds(search(get("/audit/search").param("organisation", organisation)
                .param("action", "plan-recorded")))).hasSize(1);
        assertThat(recordIds(search(get("/audit/search").param("organisation", organisation)
                .param("actor", DemoUsers.OFFICER_NICE)))).hasSize(records);
        assertThat(recordIds(search(get("/audit/search").param("organisation", organisation)
                .param("actor", DemoUsers.CONSULTANT)))).isEmpty();
        assertThat(recordIds(search(get("/audit/search").param("organisation", organisation)
                .param("phase", phase)))).hasSize(records);
        assertThat(recordIds(search(get("/audit/search").param("organisation", organisation)
                .param("phase", "CLOSED")))).isEmpty();
        assertThat(recordIds(search(get("/audit/search").param("organisation", organisation)
                .param("from", today).param("to", today)))).hasSize(records);
        assertThat(recordIds(search(get("/audit/search").param("organisation", organisation)
                .param("from", LocalDate.parse(today).plusDays(1).toString())))).isEmpty();
        assertThat(recordIds(search(get("/audit/search").param("organisation", organisation)
                .param("to", LocalDate.parse(today).minusDays(1).toString())))).isEmpty();
    }

    @Test
    void aMalformedDateIsShownAsAFieldErrorAndSearchesNothing() throws Exception {
        String page = search(get("/audit/search").param("from", "31/02/2026"));

        assertThat(page).contains("is-invalid").doesNotContain("id=\"audit-results\"");
        mvc.perform(get("/audit/search.csv").param("to", "hier").with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pagesFiftyRecordsAtATimeNewestFirst() throws Exception {
        String actor = "pager." + System.nanoTime();
        auditRows.append("""
                select now() - g * interval '1 minute' as occurred_at, ?::varchar as actor,
                       'ACCOMPANIMENT' as case_type, ?::bigint as case_id, 'paging-tested' as action,
                       'Ligne ' || g as details
                from generate_series(1, 120) g""", actor, accompaniment.getId());

        String first = search(get("/audit/search").param("actor", actor));
        // Row g happened g minutes ago and was inserted g-th: newest first means ascending ids here.
        assertThat(recordIds(first)).hasSize(50).isSorted();
        assertThat(first).contains("120 enregistrement(s)").contains("id=\"audit-next\"")
                .contains("page=1");
        assertThat(recordIds(search(get("/audit/search").param("actor", actor).param("page", "1")))).hasSize(50);
        String last = search(get("/audit/search").param("actor", actor).param("page", "2"));
        assertThat(recordIds(last)).hasSize(20);
        assertThat(last).contains("page-item disabled");
        assertThat(recordIds(search(get("/audit/search").param("actor", actor).param("page", "-3")))).hasSize(50);
    }

    @Test
    void exportsTheSearchResultAsCsvForFrenchExcel() throws Exception {
        byte[] body = export(get("/audit/search.csv").param("organisation", organisation), DemoUsers.AUDITOR);

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).startsWith("Date et heure;Type de dossier;Dossier;Structure;Département;Étape actuelle;"
                + "Auteur;Nom de l'auteur;Code de l'action;Action;Détails");
        assertThat(csv.lines().skip(1)).hasSize(records)
                .allMatch(line -> line.contains(";ACCOMPANIMENT;" + accompaniment.getBusinessKey() + ";" + organisation + ";06;"));
        assertThat(csv).contains(";plan-recorded;Plan d'accompagnement enregistré;");
        assertThat(csv).contains(";camille.roux;Camille Roux;");
    }

    @Test
    void aRegionalAuditorFindsNothingOutsideTheirRegion() throws Exception {
        String regional = AuditUsers.regionalAuditor(accounts);

        String page = mvc.perform(get("/audit/search").param("organisation", organisation).with(logins.as(regional)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(recordIds(page)).isEmpty();
        assertThat(page).doesNotContain(accompaniment.getBusinessKey());
        String wholeExport = new String(export(get("/audit/search.csv"), regional), StandardCharsets.UTF_8);
        assertThat(wholeExport).doesNotContain(accompaniment.getBusinessKey()).doesNotContain(organisation);
    }

    private String search(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] export(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(logins.as(user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static java.util.List<Long> recordIds(String html) {
        Matcher matcher = RECORD.matcher(html);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }
}
