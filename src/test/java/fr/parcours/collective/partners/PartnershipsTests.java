package fr.parcours.collective.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.NewCollective;
import fr.parcours.collective.process.DlaCollectiveProcess;
import fr.parcours.identity.Scopes;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The partners of a collective on PostgreSQL: written with the collective and its process, or not at all. */
@ParcoursIntegrationTest
class PartnershipsTests {

    private static final String COORDINATOR = CollectiveScenario.COORDINATOR;

    @Autowired
    Partnerships partnerships;
    @Autowired
    Scopes scopes;
    @Autowired
    Scenario scenario;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOperatorOfAnotherRegionRollsBackTheCollectiveAndItsProcess() {
        String title = "Collectif annulé " + System.nanoTime();
        Organisation provence = organisations.save(new Organisation("Opérateur Bouches-du-Rhône " + System.nanoTime(),
                null, "Association", OrganisationKind.OPERATOR, "Marseille", "13", "93"));
        long instances = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(DlaCollectiveProcess.KEY).count();

        assertThatThrownBy(() -> scenario.as(COORDINATOR, () -> partnerships.open(
                new NewCollective(title, "32", 6, LocalDate.now()),
                new CollectivePartners(List.of(named("CRESS Hauts-de-France")), List.of(provence.getId())),
                COORDINATOR, scopes.of(COORDINATOR)))).isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.queryForObject("select count(*) from collective_accompaniment where title = ?", Integer.class,
                title)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DlaCollectiveProcess.KEY).count())
                .isEqualTo(instances);
    }

    @Test
    void changingReplacesThePartnersWithAnAuditRecordAndAnotherRegionGetsNotFound() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long mra = named("France Médiation");
        long cress = named("CRESS Hauts-de-France");
        long nordActif = named("Nord Actif");

        partnerships.change(collective.getId(), new CollectivePartners(List.of(mra), List.of()), COORDINATOR,
                scopes.of(COORDINATOR));
        partnerships.change(collective.getId(), new CollectivePartners(List.of(mra, cress), List.of(nordActif)),
                COORDINATOR, scopes.of(COORDINATOR));

        Partnerships.Partners partners = partnerships.of(collective.getId());
        assertThat(partners.carriers()).extracting(Organisation::getName)
                .containsExactly("CRESS Hauts-de-France", "France Médiation");
        assertThat(partners.operators()).extracting(Organisation::getName).containsExactly("Nord Actif");
        assertThat(jdbc.queryForList("select details from audit_record where case_type = 'COLLECTIVE' and case_id = ?"
                        + " and action = 'collective-partners-recorded' order by id", String.class, collective.getId()))
                .containsExactly("porteurs : France Médiation ; opérateurs départementaux : —",
                        "porteurs : CRESS Hauts-de-France, France Médiation ; opérateurs départementaux : Nord Actif");

        String provence = collectiveScenario.coordinatorOfProvence();
        assertThatThrownBy(() -> partnerships.change(collective.getId(), CollectivePartners.NONE, provence,
                scopes.of(provence))).isInstanceOf(CaseNotFoundException.class);
        assertThat(partnerships.of(collective.getId()).carriers()).hasSize(2);
    }

    private long named(String name) {
        return organisations.findByName(name).orElseThrow().getId();
    }
}
