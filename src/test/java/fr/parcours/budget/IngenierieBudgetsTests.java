package fr.parcours.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.budget.BudgetScenario.Territory;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.ParcoursIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An operator's envelope, its missions' costs, co-financing, invoices and payments, and who reads them. */
@ParcoursIntegrationTest
class IngenierieBudgetsTests {

    @Autowired
    BudgetScenario budgetScenario;
    @Autowired
    BudgetService service;
    @Autowired
    IngenierieBudgets budgets;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationRepository organisations;

    private final int year = LocalDate.now().getYear();
    private final LocalDate today = LocalDate.now();

    @Test
    void committedPaidAndRemainingCountTheCofinancingAndThePaidInvoicesOnly() {
        Territory territory = budgetScenario.newTerritory();
        UserScope officer = scopes.of(territory.officer());
        service.setOperatorEnvelope(territory.operator().getId(), year, new BigDecimal("20000"),
                territory.officer(), officer);
        long first = chosen(territory, "8000.00");
        long second = chosen(territory, "6000.00");

        service.addCofinancing(first, CofinancingSource.REGION, null, new BigDecimal("1500"), territory.officer(), officer);
        service.addCofinancing(first, CofinancingSource.ESF, null, new BigDecimal("500.50"), territory.officer(), officer);
        service.addCofinancing(second, CofinancingSource.STRUCTURE, null, new BigDecimal("1000"), territory.officer(), officer);
        service.receiveInvoice(first, "F-1", today, new BigDecimal("3000"), territory.officer(), officer);
        service.receiveInvoice(second, "F-2", today, new BigDecimal("2000"), territory.officer(), officer);
        long invoice = jdbc.queryForObject("select id from budget_invoice where budget_mission_id = ?", Long.class, first);
        service.payInvoice(first, invoice, today, territory.officer(), officer);

        // By hand: agreed 8000 + 6000; co-financed 1500 + 500.50 + 1000; committed 14000 - 3000.50;
        // invoiced 3000 + 2000, paid 3000 only; remaining 20000 - 10999.50.
        BudgetFigures figures = budgets.ofOperator(territory.operator().getId(), year, officer).orElseThrow();
        assertThat(figures.missions()).isEqualTo(2);
        assertThat(figures.envelope()).isEqualByComparingTo("20000");
        assertThat(figures.agreed()).isEqualByComparingTo("14000");
        assertThat(figures.cofinanced()).isEqualByComparingTo("3000.50");
        assertThat(figures.committed()).isEqualByComparingTo("10999.50");
        assertThat(figures.invoiced()).isEqualByComparingTo("5000");
        assertThat(figures.paid()).isEqualByComparingTo("3000");
        assertThat(figures.remaining()).isEqualByComparingTo("9000.50");
        assertThat(figures.isOver()).isFalse();
        assertThat(audited(first)).contains("mission-cost-recorded", "mission-cofinancing-added",
                "mission-invoice-received", "mission-invoice-paid");
    }

    @Test
    void refusedChangesSaveNothing() {
        Territory territory = budgetScenario.newTerritory();
        UserScope officer = scopes.of(territory.officer());
        long mission = chosen(territory, "5000");
        service.addCofinancing(mission, CofinancingSource.REGION, null, new BigDecimal("4000"), territory.officer(), officer);

        assertRefused(() -> service.addCofinancing(mission, CofinancingSource.ESF, null, new BigDecimal("1000.01"),
                territory.officer(), officer), "budget.error.cofinancing-over-agreed");
        assertRefused(() -> service.addCofinancing(mission, CofinancingSource.ESF, null, new BigDecimal("0.001"),
                territory.officer(), officer), "budget.error.amount");
        assertRefused(() -> service.receiveInvoice(mission, "F-0", today.minusDays(1), new BigDecimal("100"),
                territory.officer(), officer), "budget.error.invoice-before-order");
        assertRefused(() -> service.receiveInvoice(mission, "F-0", today, new BigDecimal("5000.01"),
                territory.officer(), officer), "budget.error.invoices-over-agreed");
        assertRefused(() -> service.setOperatorEnvelope(territory.operator().getId(), year,
                new BigDecimal("-1"), territory.officer(), officer), "budget.error.amount");

        assertThat(jdbc.queryForObject("select count(*) from budget_cofinancing where budget_mission_id = ?",
                Integer.class, mission)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from budget_invoice where budget_mission_id = ?",
                Integer.class, mission)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from budget_envelope where operator_id = ?",
                Integer.class, territory.operator().getId())).isZero();
    }

    @Test
    void anOperatorsFiguresAreReadByItsOfficersItsRegionsReadersAndNationalAuditorsOnly() {
        Territory territory = budgetScenario.newTerritory();
        Territory other = budgetScenario.newTerritory();
        long envelope = service.setOperatorEnvelope(territory.operator().getId(), year,
                new BigDecimal("1000"), territory.officer(), scopes.of(territory.officer())).getId();
        long mission = chosen(territory, "900");

        assertThat(ids(budgets.forYear(year, scopes.of(territory.officer())))).contains(envelope);
        assertThat(ids(budgets.forYear(year, scopes.of(DemoUsers.AUDITOR)))).contains(envelope);
        assertThat(ids(budgets.forYear(year, scopes.of(budgetScenario.coordinator())))).contains(envelope);
        assertThat(ids(budgets.forYear(year, UserScope.region("regional.auditor", BudgetScenario.REGION))))
                .contains(envelope);
        assertThat(budgets.mission(mission, scopes.of(budgetScenario.coordinator())).agreed())
                .isEqualByComparingTo("900");
        // Both officers cover 2B, but the other one works for another operator: none of this one's figures.
        assertThat(ids(budgets.forYear(year, scopes.of(other.officer())))).doesNotContain(envelope);
        assertThat(ids(budgets.forYear(year, scopes.of(DemoUsers.OFFICER_NICE)))).doesNotContain(envelope);
        assertThat(ids(budgets.forYear(year, UserScope.region("regional.auditor", "32")))).doesNotContain(envelope);
        assertThat(budgets.ofOperator(territory.operator().getId(), year, scopes.of(other.officer()))).isEmpty();
        assertThatThrownBy(() -> budgets.envelope(envelope, scopes.of(other.officer())))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> budgets.mission(mission, scopes.of(other.officer())))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> service.addCofinancing(mission, CofinancingSource.REGION, null, BigDecimal.TEN,
                other.officer(), scopes.of(other.officer()))).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> service.addCofinancing(mission, CofinancingSource.REGION, null, BigDecimal.TEN,
                budgetScenario.coordinator(), scopes.of(budgetScenario.coordinator())))
                .isInstanceOf(CaseNotFoundException.class);
        assertRefused(() -> service.setOperatorEnvelope(territory.operator().getId(), year + 1, BigDecimal.TEN,
                other.officer(), scopes.of(other.officer())), "budget.error.operator-out-of-reach");
        assertRefused(() -> service.setOperatorEnvelope(territory.operator().getId(), year + 1, BigDecimal.TEN,
                budgetScenario.coordinator(), scopes.of(budgetScenario.coordinator())), "budget.error.operator-out-of-reach");
        assertThat(jdbc.queryForObject("select count(*) from budget_envelope where operator_id = ?", Integer.class,
                territory.operator().getId())).isEqualTo(1);
    }

    @Test
    void aMissionChargesTheOperatorWhoseDepartmentsCoverTheStructureItsOfficersOwnFirst() {
        Territory territory = budgetScenario.newTerritory();
        Territory other = budgetScenario.newTerritory();
        service.setOperatorEnvelope(territory.operator().getId(), year, new BigDecimal("5000"), territory.officer(),
                scopes.of(territory.officer()));
        service.setOperatorEnvelope(other.operator().getId(), year, new BigDecimal("5000"), other.officer(),
                scopes.of(other.officer()));

        long ours = chosen(territory, "1200");
        long theirs = chosen(other, "700");

        assertThat(operatorOf(ours)).isEqualTo(territory.operator().getId());
        assertThat(operatorOf(theirs)).isEqualTo(other.operator().getId());
        assertThat(budgets.ofOperator(territory.operator().getId(), year, scopes.of(territory.officer())).orElseThrow()
                .committed()).isEqualByComparingTo("1200");
        assertThat(budgets.ofOperator(other.operator().getId(), year, scopes.of(other.officer())).orElseThrow()
                .committed()).isEqualByComparingTo("700");
    }

    @Test
    void anEnvelopeBelongsToARegisteredOperatorOnly() {
        Territory territory = budgetScenario.newTerritory();
        long unregistered = organisations.save(new Organisation("Organisme non enregistré " + System.nanoTime(), null,
                "Association", OrganisationKind.OPERATOR, "Bastia", BudgetScenario.DEPARTMENT, BudgetScenario.REGION))
                .getId();

        assertRefused(() -> service.setOperatorEnvelope(unregistered, year, BigDecimal.TEN, DemoUsers.ADMIN,
                scopes.of(DemoUsers.ADMIN)), "budget.error.operator-out-of-reach");
        assertThat(jdbc.queryForObject("select count(*) from budget_envelope where operator_id = ?", Integer.class,
                unregistered)).isZero();
        assertThat(service.setOperatorEnvelope(territory.operator().getId(), year, BigDecimal.TEN, DemoUsers.ADMIN,
                scopes.of(DemoUsers.ADMIN)).getRegionCode()).isEqualTo(BudgetScenario.REGION);
    }

    private Long operatorOf(long missionCostId) {
        return jdbc.queryForObject("select operator_id from budget_mission where id = ?", Long.class, missionCostId);
    }

    private long chosen(Territory territory, String amount) {
        Accompaniment accompaniment = budgetScenario.atChoice(territory, new BigDecimal(amount));
        budgetScenario.choose(territory, accompaniment, null);
        return jdbc.queryForObject("select id from budget_mission where accompaniment_id = ?", Long.class,
                accompaniment.getId());
    }

    private List<String> audited(long missionCostId) {
        return jdbc.queryForList("""
                select a.action from audit_record a join budget_mission m on m.accompaniment_id = a.case_id
                 where a.case_type = 'ACCOMPANIMENT' and m.id = ? order by a.seq""", String.class, missionCostId);
    }

    private static List<Long> ids(List<BudgetFigures> figures) {
        return figures.stream().map(BudgetFigures::envelopeId).toList();
    }

    private static void assertRefused(Runnable change, String code) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(BudgetRuleException.class,
                refused -> assertThat(refused.getCode()).isEqualTo(code));
    }
}
