package fr.parcours.collective.citer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.ParcoursIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The avoided-cost estimate against a hand-computed example, and who may change its coefficients. */
@ParcoursIntegrationTest
class AvoidedCostsTests {

    @Autowired
    AvoidedCosts avoidedCosts;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEstimateIsTheSumOfCountsTimesUnitCostsWithEverySourceShown() {
        String region = freshRegion();
        String coordinator = coordinatorOf(region);
        UserScope scope = scopes.of(coordinator);
        avoidedCosts.setCoefficient(region, Intervention.DAMAGE_REPAIRED, new BigDecimal("650.00"), "Bailleurs, 2024",
                coordinator, scope);
        avoidedCosts.setCoefficient(region, Intervention.POLICE_CALLOUT, new BigDecimal("350.50"), "Préfecture, 2023",
                coordinator, scope);
        avoidedCosts.setCoefficient(region, Intervention.EVICTION, new BigDecimal("9800"), "ADIL, 2022",
                coordinator, scope);
        List<Long> structures = collectiveScenario.toFirstSession(collectiveScenario.openInHautsDeFrance(), 2);
        avoidedCosts.recordCounts(structures.get(0), Map.of(Intervention.DAMAGE_REPAIRED, 12,
                Intervention.POLICE_CALLOUT, 30, Intervention.EMERGENCY_CALLOUT, 5, Intervention.EVICTION, 2,
                Intervention.SCHOOL_DROPOUT, 1), CollectiveScenario.COORDINATOR);
        avoidedCosts.recordCounts(structures.get(1), Map.of(Intervention.DAMAGE_REPAIRED, 3, Intervention.EVICTION, 1),
                CollectiveScenario.COORDINATOR);

        AvoidedCostEstimate estimate = avoidedCosts.estimate(region, structures);

        // By hand: 15 × 650 = 9 750; 30 × 350.50 = 10 515; 5 × 1 250 (default, SDIS) = 6 250; 3 × 9 800 = 29 400;
        // 1 × 340 000 (default, BCG 2025) = 340 000; total 395 915.
        assertThat(estimate.lines()).extracting(AvoidedCostEstimate.Line::intervention, AvoidedCostEstimate.Line::count,
                        line -> line.subtotal().stripTrailingZeros().toPlainString(), AvoidedCostEstimate.Line::regional)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Intervention.DAMAGE_REPAIRED, 15, "9750", true),
                        org.assertj.core.groups.Tuple.tuple(Intervention.POLICE_CALLOUT, 30, "10515", true),
                        org.assertj.core.groups.Tuple.tuple(Intervention.EMERGENCY_CALLOUT, 5, "6250", false),
                        org.assertj.core.groups.Tuple.tuple(Intervention.EVICTION, 3, "29400", true),
                        org.assertj.core.groups.Tuple.tuple(Intervention.SCHOOL_DROPOUT, 1, "340000", false));
        assertThat(estimate.total()).isEqualByComparingTo("395915.00");
        assertThat(estimate.unpricedInterventions()).isZero();
        assertThat(estimate.interventions()).isEqualTo(54);
        assertThat(estimate.lines()).allSatisfy(line -> assertThat(line.source()).isNotBlank());
        assertThat(estimate.lines().get(1).source()).isEqualTo("Préfecture, 2023");
        assertThat(avoidedCosts.estimate(region, List.of(structures.get(1))).total()).isEqualByComparingTo("11750");
        assertThat(jdbc.queryForList("select details from audit_record where case_type = ? and case_id = ?",
                String.class, AvoidedCosts.COEFFICIENTS_CASE_TYPE, Long.parseLong(region)))
                .containsExactly("DAMAGE_REPAIRED : 650.00 €", "POLICE_CALLOUT : 350.50 €", "EVICTION : 9800 €");
    }

    @Test
    void aTypeWithoutASourcedDefaultIsNotPricedUntilTheRegionSetsItsOwnCoefficient() {
        String region = freshRegion();
        String coordinator = coordinatorOf(region);
        List<Long> structures = collectiveScenario.toFirstSession(collectiveScenario.openInHautsDeFrance(), 1);
        avoidedCosts.recordCounts(structures.get(0), Map.of(Intervention.DAMAGE_REPAIRED, 4,
                Intervention.POLICE_CALLOUT, 6, Intervention.EVICTION, 1), CollectiveScenario.COORDINATOR);

        AvoidedCostEstimate before = avoidedCosts.estimate(region, structures);

        // Damage repaired and police call-outs have no public national unit cost: no default, left out of the total.
        assertThat(before.lines()).filteredOn(line -> !line.priced())
                .extracting(AvoidedCostEstimate.Line::intervention)
                .containsExactly(Intervention.DAMAGE_REPAIRED, Intervention.POLICE_CALLOUT);
        assertThat(before.lines()).filteredOn(line -> !line.priced())
                .allSatisfy(line -> assertThat(line.source()).isNull());
        assertThat(before.unpricedInterventions()).isEqualTo(10);
        assertThat(before.total()).isEqualByComparingTo("4000");

        avoidedCosts.setCoefficient(region, Intervention.POLICE_CALLOUT, new BigDecimal("300"), "Préfecture, 2024",
                coordinator, scopes.of(coordinator));

        AvoidedCostEstimate after = avoidedCosts.estimate(region, structures);
        assertThat(after.unpricedInterventions()).isEqualTo(4);
        assertThat(after.total()).isEqualByComparingTo("5800");
    }

    @Test
    void onlyTheRegionsCoordinatorsChangeItsCoefficientsAndABadOneChangesNothing() {
        String region = freshRegion();
        String coordinator = coordinatorOf(region);
        assertThatThrownBy(() -> avoidedCosts.setCoefficient(region, Intervention.EVICTION, BigDecimal.TEN, "Source",
                CollectiveScenario.COORDINATOR, scopes.of(CollectiveScenario.COORDINATOR)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> avoidedCosts.setCoefficient(region, Intervention.EVICTION, new BigDecimal("-1"),
                "Source", coordinator, scopes.of(coordinator))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> avoidedCosts.setCoefficient(region, Intervention.EVICTION, BigDecimal.TEN, " ",
                coordinator, scopes.of(coordinator))).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select count(*) from citer_cost_coefficient where region_code = ?",
                Integer.class, region)).isZero();
        assertThat(avoidedCosts.coefficients(region)).noneMatch(AvoidedCostEstimate.Line::regional);
        avoidedCosts.setCoefficient(region, Intervention.EVICTION, BigDecimal.TEN, "Source", DemoUsers.ADMIN,
                scopes.of(DemoUsers.ADMIN));
        assertThat(avoidedCosts.coefficients(region)).filteredOn(AvoidedCostEstimate.Line::regional).hasSize(1);
    }

    static String freshRegion() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100, 1000));
    }

    String coordinatorOf(String region) {
        String id = "citer.coordinator." + region;
        accounts.createIfMissing(id, "Citer", "Test", DemoUsers.PASSWORD, List.of(Groups.COORDINATORS),
                UserScope.region(id, region));
        return id;
    }
}
