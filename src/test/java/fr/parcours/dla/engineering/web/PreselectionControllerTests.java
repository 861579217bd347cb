package fr.parcours.dla.engineering.web;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_PRESELECT_CONSULTANTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.engineering.ConsultantSelectionService;
import fr.parcours.dla.engineering.EngineeringScenario;
import fr.parcours.dla.engineering.EngineeringScenario.EngineeringCase;
import fr.parcours.dla.engineering.MissionStatus;
import fr.parcours.identity.DemoUsers;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.ConsultantPool;
import fr.parcours.organisation.ConsultantProfile;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.selection.Preselection;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@ParcoursIntegrationTest
class PreselectionControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EngineeringScenario engineering;
    @Autowired
    Logins logins;
    @Autowired
    TaskService taskService;
    @Autowired
    ConsultantPool pool;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    ConsultantSelectionService selection;

    @Test
    void offersOnlyThePoolsFirmsCoveringTheCasesRegionNarrowedByDomain() throws Exception {
        EngineeringCase opened = specified();
        Organisation lawyers = firm("Cabinet juridique PACA", Set.of("93"), CompetenceDomain.LEGAL);
        Organisation northern = firm("Cabinet du Nord", Set.of("32"), CompetenceDomain.LEGAL);
        Organisation outside = organisations.save(new Organisation("Cabinet hors vivier " + System.nanoTime(), null,
                "SARL", OrganisationKind.CONSULTANT, "Nice", "06", "93"));
        Task task = engineering.task(opened, opened.firstAxis(), TASK_PRESELECT_CONSULTANTS);

        mvc.perform(get("/dla/tasks/{id}/preselection", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(model().attribute("consultants", hasItem(hasProperty("id", is(lawyers.getId())))))
                .andExpect(model().attribute("consultants", not(hasItem(hasProperty("id", is(northern.getId()))))))
                .andExpect(model().attribute("consultants", not(hasItem(hasProperty("id", is(outside.getId()))))))
                .andExpect(content().string(containsString("Domaine de compétence")));
        mvc.perform(get("/dla/tasks/{id}/preselection", task.getId()).param("domain", "LEGAL")
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(model().attribute("consultants", hasItem(hasProperty("id", is(lawyers.getId())))));
        mvc.perform(get("/dla/tasks/{id}/preselection", task.getId()).param("domain", "DIGITAL")
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(model().attribute("consultants", not(hasItem(hasProperty("id", is(lawyers.getId()))))));

        List<Organisation> pooled = engineering.newConsultants(2);
        refused(opened, submit(opened, pooled.get(0).getId(), pooled.get(1).getId(), northern.getId()));
        refused(opened, submit(opened, pooled.get(0).getId(), pooled.get(1).getId(), outside.getId()));
        // The service refuses it too, whoever calls it.
        assertThatThrownBy(() -> selection.recordPreselection(opened.firstAxis(), new Preselection(List.of(
                pooled.get(0).getId(), pooled.get(1).getId(), outside.getId()), DemoUsers.OFFICER_NICE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(engineering.candidatesOf(opened.firstAxis())).isEmpty();
    }

    @Test
    void anEmptyListSaysThatAnAdministratorAddsFirmsToThePool() throws Exception {
        EngineeringCase opened = specified();
        Task task = engineering.task(opened, opened.firstAxis(), TASK_PRESELECT_CONSULTANTS);
        // No firm of the tests' pool has this domain (Scenario.inPool), nor France Médiation's demo profile.
        mvc.perform(get("/dla/tasks/{id}/preselection", task.getId()).param("domain", "PARTNERSHIPS")
                        .with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(model().attribute("consultants", org.hamcrest.Matchers.empty()))
                .andExpect(content().string(containsString("Aucun prestataire du vivier ne couvre")))
                .andExpect(content().string(not(containsString("href=\"/admin/prestataires\""))));
    }

    @Test
    void listsTheConsultantOrganisations() throws Exception {
        EngineeringCase opened = specified();
        Organisation consultant = engineering.newConsultant();
        Task task = engineering.task(opened, opened.firstAxis(), TASK_PRESELECT_CONSULTANTS);

        mvc.perform(get("/dla/tasks/{id}/preselection", task.getId()).with(logins.as(DemoUsers.OFFICER_NICE)))
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/preselection"))
                .andExpect(model().attribute("consultants", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.hasProperty("id", org.hamcrest.Matchers.is(consultant.getId())))));
    }

    @Test
    void onlyTwoConsultantsAreRefused() throws Exception {
        EngineeringCase opened = specified();
        List<Organisation> consultants = engineering.newConsultants(2);

        refused(opened, submit(opened, consultants.get(0).getId(), consultants.get(1).getId()));
    }

    @Test
    void theSameConsultantTwiceIsRefused() throws Exception {
        EngineeringCase opened = specified();
        List<Organisation> consultants = engineering.newConsultants(2);

        refused(opened, submit(opened, consultants.get(0).getId(), consultants.get(1).getId(),
                consultants.get(1).getId()));
    }

    @Test
    void aForgedIdOrAnOrganisationThatIsNotAConsultantIsRefused() throws Exception {
        EngineeringCase opened = specified();
        List<Organisation> consultants = engineering.newConsultants(3);
        long structureId = opened.accompaniment().getOrganisation().getId();

        refused(opened, submit(opened, consultants.get(0).getId(), consultants.get(1).getId(), structureId));
        refused(opened, submit(opened, consultants.get(0).getId(), consultants.get(1).getId(), 987_654_321L));
    }

    @Test
    void threeConsultantsArePreselected() throws Exception {
        EngineeringCase opened = specified();
        List<Organisation> consultants = engineering.newConsultants(3);

        mvc.perform(submit(opened, consultants.stream().map(Organisation::getId).toArray(Long[]::new)))
                .andExpect(redirectedUrl("/"));

        assertThat(engineering.candidatesOf(opened.firstAxis())).extracting(c -> c.getOrganisation().getId())
                .containsExactlyInAnyOrderElementsOf(consultants.stream().map(Organisation::getId).toList());
        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.PROPOSALS);
    }

    private Organisation firm(String name, Set<String> regions, CompetenceDomain domain) {
        Organisation firm = organisations.save(new Organisation(name + " " + System.nanoTime(), null, "SARL",
                OrganisationKind.CONSULTANT, "Marseille", "13", "93"));
        pool.save(new ConsultantProfile(firm.getId()).describe(EnumSet.of(domain), regions, new BigDecimal("650.00"),
                new ConsultantProfile.Contact("Contact", "contact@cabinet.example", null), Instant.now()));
        return firm;
    }

    private EngineeringCase specified() {
        EngineeringCase opened = engineering.open("Réorganiser la médiation");
        engineering.writeSpecifications(opened, opened.firstAxis());
        return opened;
    }

    private MockHttpServletRequestBuilder submit(EngineeringCase opened, Long... consultantIds) {
        Task task = engineering.task(opened, opened.firstAxis(), TASK_PRESELECT_CONSULTANTS);
        MockHttpServletRequestBuilder request = post("/dla/tasks/{id}/preselection", task.getId())
                .with(logins.as(DemoUsers.OFFICER_NICE)).with(csrf());
        for (Long id : consultantIds) {
            request.param("consultantIds", String.valueOf(id));
        }
        return request;
    }

    private void refused(EngineeringCase opened, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name("dla/engineering/preselection"))
                .andExpect(model().attributeHasFieldErrors("form", "consultantIds"));
        engineering.task(opened, opened.firstAxis(), TASK_PRESELECT_CONSULTANTS);
        assertThat(engineering.candidatesOf(opened.firstAxis())).isEmpty();
        assertThat(engineering.missionOf(opened.firstAxis()).getStatus()).isEqualTo(MissionStatus.PRESELECTION);
    }
}
