package fr.parcours.admin.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.admin.operators.DlaOperators;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.support.Scenario;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.annotation.Transactional;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserScopeRepository;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ParcoursIntegrationTest
class PeopleControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    DlaOperators operators;
    @Autowired
    IdentityService identityService;
    @Autowired
    UserScopeRepository scopes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scenario scenario;
    @Autowired
    AccompanimentService accompaniments;
    @Autowired
    TaskService taskService;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    CouncilScenario councilScenario;

    @Test
    void onlyAdministratorsReachThePeopleScreens() throws Exception {
        for (String user : List.of(DemoUsers.OFFICER_NICE, DemoUsers.AUDITOR, DemoUsers.COORDINATOR_LILLE,
                DemoUsers.CONSULTANT, DemoUsers.FACILITATOR_PARIS)) {
            mvc.perform(get("/admin/users").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/new").param("userId", "intrus").with(csrf()).with(logins.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/{id}/deactivate", DemoUsers.OFFICER_LILLE).with(csrf()).with(logins.as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(identityService.createUserQuery().userId("intrus").count()).isZero();
        mvc.perform(get("/admin/users").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk()).andExpect(view().name("admin/people"))
                .andExpect(content().string(containsString("Camille Roux")));
    }

    @Test
    void badInputRedisplaysTheFormWithFrenchErrorsAndSavesNothing() throws Exception {
        String id = "bad-" + System.nanoTime();
        long operator = operator("06");
        long audits = audits();
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("userId", id).param("firstName", "").param("lastName", "Test")
                        .param("email", "pas-une-adresse").param("role", "OFFICER"))
                .andExpect(status().isOk()).andExpect(view().name("admin/person-form"))
                .andExpect(model().attributeHasFieldErrors("personForm", "firstName", "email", "operatorId"))
                .andExpect(content().string(containsString("Ce champ est obligatoire.")))
                .andExpect(content().string(containsString("Cette adresse e-mail n&#39;est pas valide.")))
                .andExpect(content().string(containsString("Choisissez l&#39;opérateur DLA")));
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("userId", id).param("firstName", "Zoé").param("lastName", "Test")
                        .param("email", "zoe@example.org").param("role", "OFFICER")
                        .param("operatorId", String.valueOf(operator)).param("departmentCodes", "59"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("personForm", "departmentCodes"));
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("userId", "Pas Valide").param("firstName", "Zoé").param("lastName", "Test")
                        .param("email", "zoe@example.org").param("role", "CONSULTANT"))
                .andExpect(model().attributeHasFieldErrors("personForm", "userId", "consultantOrganisationId"));
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("userId", DemoUsers.OFFICER_NICE).param("firstName", "Zoé").param("lastName", "Test")
                        .param("email", "zoe@example.org").param("role", "AUDITOR"))
                .andExpect(model().attributeHasFieldErrors("personForm", "userId"))
                .andExpect(content().string(containsString("Cet identifiant est déjà pris.")));

        assertThat(identityService.createUserQuery().userId(id).count()).isZero();
        assertThat(scopes.findById(id)).isEmpty();
        assertThat(audits()).isEqualTo(audits);
    }

    @Test
    void anOfficerIsCreatedWithGroupsScopeAndAccountTogetherAndMustChooseAPasswordAtFirstLogin() throws Exception {
        long operator = operator("06", "83");
        String id = "officer-" + System.nanoTime();
        MvcResult created = mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("userId", id).param("firstName", "Zoé").param("lastName", "Lambert")
                        .param("email", "zoe.lambert@example.org").param("role", "OFFICER")
                        .param("operatorId", String.valueOf(operator)).param("departmentCodes", "06", "83"))
                .andExpect(redirectedUrl("/admin/users/" + id)).andReturn();
        String password = (String) created.getFlashMap().get("temporaryPassword");
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);

        assertThat(groupsOf(id)).containsExactlyInAnyOrder(Groups.DLA_OFFICERS, Groups.dlaOfficersOf("06"),
                Groups.dlaOfficersOf("83"));
        assertThat(scopes.findById(id).orElseThrow().departmentCodes()).containsExactly("06", "83");
        assertThat(jdbc.queryForMap("select role, employer_organisation_id, active, password_change_required "
                + "from user_account where user_id = ?", id))
                .containsEntry("role", "OFFICER").containsEntry("employer_organisation_id", operator)
                .containsEntry("active", true).containsEntry("password_change_required", true);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'person-created' "
                + "and actor = ? and details like ?", Integer.class, DemoUsers.ADMIN, id + " %")).isEqualTo(1);
        assertThat(operators.find(operator).orElseThrow().officers()).contains("Zoé Lambert");

        assertThat(identityService.checkPassword(id, password)).isTrue();
        mvc.perform(get("/dla/accompaniments").with(logins.as(id))).andExpect(redirectedUrl("/profile/password"));
        mvc.perform(post("/profile/password").with(logins.as(id)).with(csrf())
                        .param("currentPassword", password).param("newPassword", "court")
                        .param("confirmation", "court"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"))
                .andExpect(content().string(containsString("Au moins 12 caractères.")));
        mvc.perform(post("/profile/password").with(logins.as(id)).with(csrf())
                        .param("currentPassword", password).param("newPassword", "des montagnes et la mer")
                        .param("confirmation", "des montagnes et la mer"))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/dla/accompaniments").with(logins.as(id))).andExpect(status().isOk());
        assertThat(identityService.checkPassword(id, "des montagnes et la mer")).isTrue();
    }

    @Test
    void theLastOfficerOfADepartmentWithOpenCasesIsRefusedUntilTheCasesAreHandedOver() throws Exception {
        long operator = operator("48", "12");
        String alone = officer(operator, "48");
        String colleague = officer(operator, "12");
        Accompaniment open = scenario.as(alone, () -> accompaniments.open(scenario.newStructure("48", "76").getId(),
                "Besoin de structuration", alone, scopes.findById(alone).orElseThrow()));
        Task task = taskService.createTaskQuery().processInstanceId(open.getProcessInstanceId()).singleResult();
        scenario.as(alone, () -> {
            taskService.claim(task.getId(), alone);
            return null;
        });

        mvc.perform(post("/admin/users/{id}/deactivate", alone).with(csrf()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(redirectedUrl("/admin/users/" + alone))
                .andExpect(flash().attribute("refusal", "admin.people.refused.last-officer"));
        mvc.perform(post("/admin/users/{id}/edit", alone).with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("firstName", "Seul").param("lastName", "Agent").param("email", "seul@example.org")
                        .param("role", "AUDITOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dernière à suivre les dossiers ouverts de 48")));
        assertThat(jdbc.queryForObject("select active from user_account where user_id = ?", Boolean.class, alone))
                .isTrue();
        assertThat(groupsOf(alone)).contains(Groups.dlaOfficersOf("48"));

        mvc.perform(post("/admin/users/{id}/hand-over", alone).param("toUserId", colleague).with(csrf())
                        .with(logins.as(DemoUsers.ADMIN)))
                .andExpect(flash().attribute("success", "admin.people.handed-over"));
        assertThat(groupsOf(colleague)).contains(Groups.dlaOfficersOf("48"), Groups.dlaOfficersOf("12"));
        assertThat(scopes.findById(colleague).orElseThrow().departmentCodes()).containsExactly("12", "48");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(colleague);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'cases-handed-over' "
                + "and details = ?", Integer.class, alone + " -> " + colleague + " 1")).isEqualTo(1);

        mvc.perform(post("/admin/users/{id}/deactivate", alone).with(csrf()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(flash().attribute("success", "admin.people.deactivated"));
        assertThat(jdbc.queryForObject("select active from user_account where user_id = ?", Boolean.class, alone))
                .isFalse();
    }

    @Test
    void aHandOverGoesOnlyToAnActiveOfficerOfTheSameOperator() throws Exception {
        String officer = officer(operator("15"), "15");
        String elsewhere = officer(operator("43"), "43");
        mvc.perform(post("/admin/users/{id}/hand-over", officer).param("toUserId", elsewhere).with(csrf())
                        .with(logins.as(DemoUsers.ADMIN)))
                .andExpect(flash().attribute("refusal", "admin.people.handover.refused"));
        assertThat(groupsOf(elsewhere)).doesNotContain(Groups.dlaOfficersOf("15"));
    }

    @Test
    @Transactional
    void theLastActiveAdministratorIsNeitherDemotedNorDeactivated() throws Exception {
        List<String> others = identityService.createUserQuery().memberOfGroup(Groups.ADMINS).list().stream()
                .map(org.camunda.bpm.engine.identity.User::getId).filter(id -> !id.equals(DemoUsers.ADMIN)).toList();
        for (String other : others) {
            jdbc.update("insert into user_account (user_id, role, active) values (?, 'ADMIN', false) "
                    + "on conflict (user_id) do update set active = false", other);
        }
        mvc.perform(post("/admin/users/{id}/edit", DemoUsers.ADMIN).with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("firstName", "Alex").param("lastName", "Garnier").param("email", "admin@example.org")
                        .param("role", "AUDITOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("c&#39;est le dernier compte administrateur actif")));
        mvc.perform(post("/admin/users/{id}/deactivate", DemoUsers.ADMIN).with(csrf()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(flash().attribute("refusal", "admin.people.refused.self"));
        assertThat(groupsOf(DemoUsers.ADMIN)).contains(Groups.ADMINS);
    }

    @Test
    void deactivationGivesClaimedTasksBackAndReactivationRestoresTheAccount() throws Exception {
        String officer = officer(operator("23"), "23");
        Accompaniment open = scenario.as(officer, () -> accompaniments.open(scenario.newStructure("23", "75").getId(),
                "Besoin de structuration", officer, scopes.findById(officer).orElseThrow()));
        String other = officer(operatorOf(officer), "23");
        Task task = taskService.createTaskQuery().processInstanceId(open.getProcessInstanceId()).singleResult();
        scenario.as(officer, () -> {
            taskService.claim(task.getId(), officer);
            return null;
        });

        mvc.perform(post("/admin/users/{id}/deactivate", officer).with(csrf()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(flash().attribute("success", "admin.people.deactivated"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where user_id_ = ? "
                + "and resource_id_ = ?", Integer.class, officer, task.getId())).isZero();
        mvc.perform(get("/dla/accompaniments").with(logins.as(officer))).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/admin/users").param("state", "inactive").with(logins.as(DemoUsers.ADMIN)))
                .andExpect(content().string(containsString("person-" + officer)));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'person-deactivated' "
                + "and details = ?", Integer.class, officer)).isEqualTo(1);

        mvc.perform(post("/admin/users/{id}/reactivate", officer).with(csrf()).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(flash().attribute("success", "admin.people.reactivated"));
        mvc.perform(get("/dla/accompaniments").with(logins.as(officer))).andExpect(status().isOk());
        assertThat(other).isNotEqualTo(officer);
    }

    @Test
    void aResetPasswordIsShownOnceAndMustBeChanged() throws Exception {
        String officer = officer(operator("19"), "19");
        MvcResult reset = mvc.perform(post("/admin/users/{id}/password", officer).with(csrf())
                        .with(logins.as(DemoUsers.ADMIN)))
                .andExpect(flash().attribute("success", "admin.people.password-reset")).andReturn();
        String password = (String) reset.getFlashMap().get("temporaryPassword");
        assertThat(identityService.checkPassword(officer, password)).isTrue();
        mvc.perform(get("/").with(logins.as(officer))).andExpect(redirectedUrl("/profile/password"));
        mvc.perform(post("/profile/password").with(logins.as(officer)).with(csrf())
                        .param("currentPassword", "pas le bon mot de passe").param("newPassword", "une autre phrase bien longue")
                        .param("confirmation", "une autre phrase bien longue"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "currentPassword"));
        assertThat(identityService.checkPassword(officer, password)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'password-reset' "
                + "and details = ?", Integer.class, officer)).isEqualTo(1);
    }

    @Test
    void anAdministratorChangesARoleAndScopeAndTheGroupsFollow() throws Exception {
        String officer = officer(operator("46"), "46");
        long prestataire = organisations.save(new Organisation("Cabinet " + System.nanoTime(), null, "Autre",
                OrganisationKind.CONSULTANT, "Lyon", "69", "84")).getId();
        mvc.perform(get("/admin/users/{id}/edit", officer).with(logins.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk()).andExpect(model().attribute("personForm",
                        org.hamcrest.Matchers.hasProperty("departmentCodes", org.hamcrest.Matchers.contains("46"))));
        mvc.perform(post("/admin/users/{id}/edit", officer).with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("firstName", "Zoé").param("lastName", "Conseil").param("email", "zoe@example.org")
                        .param("role", "CONSULTANT").param("consultantOrganisationId", String.valueOf(prestataire)))
                .andExpect(redirectedUrl("/admin/users/" + officer));
        assertThat(groupsOf(officer)).containsExactlyInAnyOrder(Groups.CONSULTANTS, Groups.consultantsOf(prestataire));
        assertThat(scopes.findById(officer).orElseThrow().getOrganisationId()).isEqualTo(prestataire);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'person-updated' "
                + "and details = ?", Integer.class, officer + " CONSULTANT")).isEqualTo(1);
        mvc.perform(get("/missions").with(logins.as(officer))).andExpect(status().isOk());
    }

    @Test
    void aFacilitatorGetsTheirCouncilsAndACoordinatorTheirRegionAndCarrier() throws Exception {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = "facilitator-" + System.nanoTime();
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("userId", facilitator).param("firstName", "Fatou").param("lastName", "Animatrice")
                        .param("email", "fatou@example.org").param("role", "FACILITATOR")
                        .param("facilitatorDepartmentCode", "75").param("councilIds", String.valueOf(council.getId())))
                .andExpect(redirectedUrl("/admin/users/" + facilitator));
        assertThat(groupsOf(facilitator)).containsExactlyInAnyOrder(Groups.FACILITATORS,
                Groups.councilFacilitatorsOf(council.getId()));
        assertThat(jdbc.queryForObject("select count(*) from council_facilitator where council_id = ? and user_id = ?",
                Integer.class, council.getId(), facilitator)).isEqualTo(1);

        mvc.perform(post("/admin/users/{id}/edit", facilitator).with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("firstName", "Fatou").param("lastName", "Animatrice").param("email", "fatou@example.org")
                        .param("role", "FACILITATOR").param("facilitatorDepartmentCode", "06")
                        .param("councilIds", String.valueOf(council.getId())))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("personForm", "councilIds"));
        mvc.perform(post("/admin/users/{id}/edit", facilitator).with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("firstName", "Fatou").param("lastName", "Animatrice").param("email", "fatou@example.org")
                        .param("role", "FACILITATOR").param("facilitatorDepartmentCode", "75"))
                .andExpect(redirectedUrl("/admin/users/" + facilitator));
        assertThat(groupsOf(facilitator)).containsExactly(Groups.FACILITATORS);

        long carrier = organisations.save(new Organisation("CRESS test " + System.nanoTime(), null, "Association",
                OrganisationKind.OPERATOR, "Lille", "59", "32")).getId();
        String coordinator = "coordinator-" + System.nanoTime();
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("userId", coordinator).param("firstName", "Colin").param("lastName", "Région")
                        .param("email", "colin@example.org").param("role", "COORDINATOR").param("regionCode", "32")
                        .param("carrierOrganisationId", String.valueOf(prestataireOrStructure())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("personForm", "carrierOrganisationId"));
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("userId", coordinator).param("firstName", "Colin").param("lastName", "Région")
                        .param("email", "colin@example.org").param("role", "COORDINATOR").param("regionCode", "32")
                        .param("carrierOrganisationId", String.valueOf(carrier)))
                .andExpect(redirectedUrl("/admin/users/" + coordinator));
        assertThat(groupsOf(coordinator)).containsExactlyInAnyOrder(Groups.COORDINATORS, Groups.coordinatorsOf("32"));
        assertThat(scopes.findById(coordinator).orElseThrow().isRegional()).isTrue();
        jdbc.update("update user_account set password_change_required = false where user_id = ?", coordinator);
        mvc.perform(get("/collective/region").with(logins.as(coordinator))).andExpect(status().isOk());
    }

    long prestataireOrStructure() {
        return scenario.newStructure("59", "32").getId();
    }

    String officer(long operator, String... departments) throws Exception {
        String id = "officer-" + System.nanoTime();
        mvc.perform(post("/admin/users/new").with(csrf()).with(logins.as(DemoUsers.ADMIN))
                        .param("userId", id).param("firstName", "Agent").param("lastName", "Test")
                        .param("email", id + "@example.org").param("role", "OFFICER")
                        .param("operatorId", String.valueOf(operator)).param("departmentCodes", departments))
                .andExpect(redirectedUrl("/admin/users/" + id));
        jdbc.update("update user_account set password_change_required = false where user_id = ?", id);
        return id;
    }

    long operatorOf(String officer) {
        return jdbc.queryForObject("select employer_organisation_id from user_account where user_id = ?", Long.class,
                officer);
    }

    long operator(String... departments) {
        return operators.create(new DlaOperators.NewOperator("DLA test " + System.nanoTime(), null,
                LegalForm.ASSOCIATION, "Nice", departments[0], false, List.of(departments)), DemoUsers.ADMIN);
    }

    List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    long audits() {
        return jdbc.queryForObject("select count(*) from audit_record", Long.class);
    }
}
