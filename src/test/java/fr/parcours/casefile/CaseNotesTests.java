package fr.parcours.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.privacy.MemberPrivacy;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's thread of notes: written by the people in its scope, changed by its author within 15 minutes only,
 * audited by reference (never the text), read by auditors, redacted by administrators, and covered by a council
 * member's erasure.
 */
@ParcoursIntegrationTest
class CaseNotesTests {

    private static final String OFFICER = DemoUsers.OFFICER_NICE;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    MemberPrivacy privacy;
    @Autowired
    CaseNotes notes;
    @Autowired
    Scopes scopes;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anOfficerAddsANoteTheAuditTrailNamesItWithoutItsTextAndTheAuditorReadsIt() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        String text = "Appel du président : le bureau valide le diagnostic " + marker();

        mvc.perform(post("/case-files/cases/{id}/notes", accompaniment.getId()).with(logins.as(OFFICER)).with(csrf())
                        .param("text", text))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/case-files/cases/" + accompaniment.getId()));

        long note = jdbc.queryForObject("select id from case_note where case_type = 'ACCOMPANIMENT' and case_id = ?",
                Long.class, accompaniment.getId());
        assertThat(jdbc.queryForObject("select details from audit_record where action = 'case-note-added'"
                + " and case_id = ?", String.class, accompaniment.getId())).isEqualTo("note " + note);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where details like ?", Integer.class,
                "%" + text.substring(text.length() - 8) + "%")).isZero();

        mvc.perform(get("/case-files/cases/{id}/notes", accompaniment.getId()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(text)))
                .andExpect(content().string(not(containsString("hx-post"))));
        mvc.perform(get("/audit/cases/{id}", accompaniment.getId()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/case-files/cases/" + accompaniment.getId() + "/notes")))
                .andExpect(content().string(containsString("Note ajoutée au dossier")));
        mvc.perform(get("/dla/accompaniments/{id}", accompaniment.getId()).with(logins.as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/case-files/cases/" + accompaniment.getId() + "/notes")));
    }

    @Test
    void anEmptyOrOversizedNoteIsAFieldErrorAndNothingIsSaved() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        for (String text : List.of("", "   \n ", "x".repeat(CaseNote.MAX_LENGTH + 1))) {
            mvc.perform(post("/case-files/cases/{id}/notes", accompaniment.getId()).with(logins.as(OFFICER))
                            .with(csrf()).param("text", text))
                    .andExpect(status().isOk()).andExpect(view().name("casefile/case-file"))
                    .andExpect(model().attributeHasFieldErrors("noteForm", "text"))
                    .andExpect(content().string(containsString("is-invalid")));
        }
        mvc.perform(post("/case-files/cases/{id}/notes", accompaniment.getId()).with(logins.as(OFFICER)).with(csrf())
                        .header("HX-Request", "true").param("text", ""))
                .andExpect(status().isOk()).andExpect(view().name("casefile/notes :: thread"))
                .andExpect(content().string(containsString("Ce champ est obligatoire.")));
        assertThat(notesOf(accompaniment)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action like 'case-note%'"
                + " and case_id = ? and case_type = 'ACCOMPANIMENT'", Integer.class, accompaniment.getId())).isZero();
    }

    @Test
    void itsAuthorChangesANoteWithinFifteenMinutesThenItIsFixed() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        CaseNote note = scenario.as(OFFICER, () -> notes.add("cases", accompaniment.getId(), "Premier jet", OFFICER));
        String colleague = niceColleague();

        mvc.perform(get("/case-files/cases/{id}/notes/{n}/edit", accompaniment.getId(), note.getId())
                .with(logins.as(colleague))).andExpect(status().isNotFound());
        mvc.perform(post("/case-files/cases/{id}/notes/{n}", accompaniment.getId(), note.getId())
                .with(logins.as(colleague)).with(csrf()).param("text", "Réécrit par un autre"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/case-files/cases/{id}/notes/{n}", accompaniment.getId(), note.getId())
                        .with(logins.as(OFFICER)).with(csrf()).param("text", "Version corrigée, accents compris : é è à"))
                .andExpect(status().is3xxRedirection());
        assertThat(textOf(note)).isEqualTo("Version corrigée, accents compris : é è à");
        assertThat(jdbc.queryForObject("select details from audit_record where action = 'case-note-edited'"
                + " and case_id = ?", String.class, accompaniment.getId())).isEqualTo("note " + note.getId());

        jdbc.update("update case_note set created_at = now() - interval '16 minutes' where id = ?", note.getId());
        mvc.perform(get("/case-files/cases/{id}/notes/{n}/edit", accompaniment.getId(), note.getId())
                .with(logins.as(OFFICER))).andExpect(status().isNotFound());
        mvc.perform(post("/case-files/cases/{id}/notes/{n}", accompaniment.getId(), note.getId())
                .with(logins.as(OFFICER)).with(csrf()).param("text", "Trop tard"))
                .andExpect(status().isNotFound());
        assertThat(textOf(note)).isEqualTo("Version corrigée, accents compris : é è à");
    }

    @Test
    void peopleOutsideTheScopeGet404AuditorsAndConsultantsCannotWrite() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        CaseNote note = scenario.as(OFFICER, () -> notes.add("cases", accompaniment.getId(), "Interne", OFFICER));

        mvc.perform(get("/case-files/cases/{id}/notes", accompaniment.getId()).with(logins.as(DemoUsers.OFFICER_LILLE)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/case-files/cases/{id}/notes", accompaniment.getId()).with(logins.as(DemoUsers.OFFICER_LILLE))
                .with(csrf()).param("text", "Hors périmètre")).andExpect(status().isNotFound());
        mvc.perform(get("/case-files/collectives/{id}/notes", accompaniment.getId()).with(logins.as(OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/case-files/unknown/{id}/notes", accompaniment.getId()).with(logins.as(OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/case-files/cases/{id}/notes", accompaniment.getId()).with(logins.as(DemoUsers.AUDITOR))
                .with(csrf()).param("text", "Un auditeur n'écrit pas")).andExpect(status().isForbidden());
        mvc.perform(get("/case-files/cases/{id}/notes", accompaniment.getId()).with(logins.as(DemoUsers.CONSULTANT)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/case-files/cases/{id}/notes/{n}/redaction", accompaniment.getId(), note.getId())
                .with(logins.as(OFFICER)).with(csrf())).andExpect(status().isForbidden());
        assertThat(notesOf(accompaniment)).isEqualTo(1);
        assertThat(textOf(note)).isEqualTo("Interne");
    }

    @Test
    void anAdministratorRedactsANoteForGoodAndItIsAudited() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        CaseNote note = scenario.as(OFFICER, () -> notes.add("cases", accompaniment.getId(),
                "Mme Dupont a des soucis de santé", OFFICER));

        mvc.perform(post("/case-files/cases/{id}/notes/{n}/redaction", accompaniment.getId(), note.getId())
                        .with(logins.as(DemoUsers.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(textOf(note)).isNull();
        assertThat(jdbc.queryForObject("select redacted_by from case_note where id = ?", String.class, note.getId()))
                .isEqualTo(DemoUsers.ADMIN);
        assertThat(jdbc.queryForObject("select details from audit_record where action = 'case-note-redacted'"
                + " and case_id = ?", String.class, accompaniment.getId())).isEqualTo("note " + note.getId());
        mvc.perform(get("/case-files/cases/{id}/notes", accompaniment.getId()).with(logins.as(OFFICER)))
                .andExpect(content().string(containsString("Note caviardée par un administrateur.")))
                .andExpect(content().string(not(containsString("Dupont"))));
        mvc.perform(post("/case-files/cases/{id}/notes/{n}", accompaniment.getId(), note.getId())
                .with(logins.as(OFFICER)).with(csrf()).param("text", "Remis")).andExpect(status().isNotFound());
    }

    @Test
    void aCouncilMembersErasureTakesTheirNameOutOfTheCouncilsNotes() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        String name = "Aïssatou Ndiaye" + UUID.randomUUID().toString().substring(0, 6);
        long member = jdbc.queryForObject("select min(id) from council_member where council_id = ?", Long.class,
                council.getId());
        jdbc.update("update council_member set full_name = ? where id = ?", name, member);
        Council other = councilScenario.parisCouncil(1, 1);
        String otherFacilitator = councilScenario.facilitatorOf(other);

        mvc.perform(post("/case-files/councils/{id}/notes", council.getId()).with(logins.as(facilitator)).with(csrf())
                        .param("text", "À rappeler : " + name.toUpperCase() + " propose la fête ; "
                                + name.split(" ")[1] + "  " + name.split(" ")[0] + " viendra."))
                .andExpect(status().is3xxRedirection());
        CaseNote elsewhere = scenario.as(otherFacilitator, () -> notes.add("councils", other.getId(),
                "Homonyme : " + name, otherFacilitator));
        mvc.perform(get("/case-files/councils/{id}/notes", council.getId()).with(logins.as(otherFacilitator)))
                .andExpect(status().isNotFound());

        privacy.erase(council.getId(), member, facilitator, scopes.of(facilitator));

        String erased = jdbc.queryForObject("select text from case_note where case_type = 'COUNCIL' and case_id = ?",
                String.class, council.getId());
        assertThat(erased).isEqualTo("À rappeler : [nom effacé] propose la fête ; [nom effacé] viendra.");
        assertThat(textOf(elsewhere)).contains(name);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'case-note-name-erased'"
                + " and case_id = ? and case_type = 'COUNCIL'", Integer.class, council.getId())).isEqualTo(1);
        mvc.perform(get("/audit/councils/{id}", council.getId()).with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/case-files/councils/" + council.getId() + "/notes")));
    }

    @Test
    void aNoteRollsBackWithItsTransactionAuditRecordIncluded() {
        Accompaniment accompaniment = scenario.openInNice();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            scenario.as(OFFICER, () -> notes.add("cases", accompaniment.getId(), "Écrite puis annulée", OFFICER));
            throw new IllegalStateException("the caller fails afterwards");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(notesOf(accompaniment)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'case-note-added'"
                + " and case_id = ? and case_type = 'ACCOMPANIMENT'", Integer.class, accompaniment.getId())).isZero();
    }

    private int notesOf(Accompaniment accompaniment) {
        return jdbc.queryForObject("select count(*) from case_note where case_type = 'ACCOMPANIMENT' and case_id = ?",
                Integer.class, accompaniment.getId());
    }

    private String textOf(CaseNote note) {
        return jdbc.queryForObject("select text from case_note where id = ?", String.class, note.getId());
    }

    /** A second officer of Nice (Alpes-Maritimes), a colleague in the same scope. */
    private String niceColleague() {
        String userId = "officer.notes-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createIfMissing(userId, "Paul", "Collègue", DemoUsers.PASSWORD, List.of(Groups.DLA_OFFICERS),
                UserScope.department(userId, "93", "06"));
        return userId;
    }

    private static String marker() {
        return " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
