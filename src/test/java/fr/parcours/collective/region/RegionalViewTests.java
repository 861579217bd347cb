package fr.parcours.collective.region;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.collective.CollectivePhase;
import fr.parcours.collective.CountingProxies;
import fr.parcours.collective.deliverables.DeliverablesExamples;
import fr.parcours.collective.deliverables.FundingStatus;
import fr.parcours.identity.Scopes;
import fr.parcours.support.ParcoursIntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The regional view's figures, checked against collectives the test wrote in regions no other test uses. */
@ParcoursIntegrationTest
class RegionalViewTests {

    @Autowired
    RegionalExamples examples;
    @Autowired
    RegionalViews views;
    @Autowired
    Scopes scopes;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @Test
    void eachCollectiveOfTheRegionHasItsFiguresAndTheViewItsTotals() {
        RegionalExamples.Opened first = examples.open("01", "Collectif médiation", LocalDate.now(clock), 3);
        List<Long> p = first.participations();
        examples.dropOut(first, p.get(2));
        examples.session(first, List.of(p.get(0), p.get(1)));
        examples.session(first, List.of(p.get(0)));
        for (Long participation : List.of(p.get(0), p.get(1))) {
            examples.deliver(first, participation, DeliverablesExamples.full(2, 1, List.of(
                    DeliverablesExamples.lead("Région", "1000", FundingStatus.OBTAINED, "400"))));
        }
        RegionalExamples.Opened late = examples.open("01", "Collectif en retard", LocalDate.now(clock).minusMonths(8), 2);
        examples.deliver(late, late.participations().get(0), DeliverablesExamples.full(3, 0, List.of()));

        RegionalView view = views.of(scopes.of(first.coordinator()), "99");

        assertThat(view.regionCode()).isEqualTo("01");
        assertThat(view.rows()).extracting(CollectiveFigures::collectiveId)
                .containsExactly(first.collective().getId(), late.collective().getId());
        CollectiveFigures a = view.rows().get(0);
        assertThat(a).extracting(CollectiveFigures::participating, CollectiveFigures::droppedOut,
                CollectiveFigures::sessionsHeld, CollectiveFigures::deliverablesDone,
                CollectiveFigures::aidedContractsAtStake, CollectiveFigures::aidedContractsMadePermanent)
                .containsExactly(2L, 1L, 2L, 2L, 4L, 2L);
        assertThat(a.fundingSought()).isEqualByComparingTo("2000");
        assertThat(a.fundingObtained()).isEqualByComparingTo("800");
        assertThat(view.late(a)).isFalse();
        CollectiveFigures b = view.rows().get(1);
        assertThat(b).extracting(CollectiveFigures::participating, CollectiveFigures::droppedOut,
                CollectiveFigures::sessionsHeld, CollectiveFigures::deliverablesDone,
                CollectiveFigures::aidedContractsAtStake)
                .containsExactly(2L, 0L, 0L, 0L, 3L);
        assertThat(b.fundingSought()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(view.late(b)).isTrue();
        assertThat(view.lateCount()).isEqualTo(1);
        assertThat(view.participating()).isEqualTo(4);
        assertThat(view.droppedOut()).isEqualTo(1);
        assertThat(view.sessionsHeld()).isEqualTo(2);
        assertThat(view.deliverablesDone()).isEqualTo(2);
        assertThat(view.aidedContractsAtStake()).isEqualTo(7);
        assertThat(view.aidedContractsMadePermanent()).isEqualTo(2);
        assertThat(view.fundingObtained()).isEqualByComparingTo("800");
    }

    @Test
    void aStructureThatDroppedOutAfterItsDeliverablesCountsAsADropOutOnlyAndPhasesSumUp() {
        RegionalExamples.Opened opened = examples.open("B7", "Collectif sorties", LocalDate.now(clock), 2);
        for (Long participation : opened.participations()) {
            examples.deliver(opened, participation, DeliverablesExamples.full(2, 1, List.of(
                    DeliverablesExamples.lead("Département", "3000", FundingStatus.OBTAINED, "3000"))));
        }
        examples.dropOut(opened, opened.participations().get(1));
        examples.open("B7", "Collectif en retard", LocalDate.now(clock).minusMonths(8), 1);

        RegionalView view = views.of(scopes.of(opened.coordinator()), null);

        CollectiveFigures figures = view.rows().stream()
                .filter(row -> row.collectiveId() == opened.collective().getId()).findFirst().orElseThrow();
        assertThat(figures).extracting(CollectiveFigures::participating, CollectiveFigures::droppedOut,
                CollectiveFigures::deliverablesDone, CollectiveFigures::aidedContractsAtStake,
                CollectiveFigures::aidedContractsMadePermanent).containsExactly(1L, 1L, 1L, 2L, 1L);
        assertThat(figures.fundingSought()).isEqualByComparingTo("3000");
        assertThat(figures.fundingObtained()).isEqualByComparingTo("3000");
        assertThat(view.byPhase()).containsExactly(new RegionalView.PhaseCount(CollectivePhase.WORK, 1, 1));
    }

    @Test
    void theViewIssuesOneStatementWhateverTheNumberOfCollectives() {
        AtomicInteger statements = new AtomicInteger();
        RegionalViews counted = new RegionalViews(
                new RegionalQueries(new JdbcTemplate(CountingProxies.countingStatements(dataSource, statements))), clock);
        examples.open("02", "Collectif A", LocalDate.now(clock), 1);
        String coordinator = examples.coordinatorOf("02");

        int one = countFor(counted, coordinator, statements, 1);
        for (int i = 0; i < 4; i++) {
            RegionalExamples.Opened opened = examples.open("02", "Collectif " + i, LocalDate.now(clock), 2);
            examples.session(opened, opened.participations());
        }
        int five = countFor(counted, coordinator, statements, 5);

        assertThat(one).isEqualTo(1);
        assertThat(five).isEqualTo(one);
    }

    private int countFor(RegionalViews counted, String coordinator, AtomicInteger statements, int collectives) {
        var scope = scopes.of(coordinator);
        statements.set(0);
        RegionalView view = counted.of(scope, null);
        assertThat(view.rows()).hasSize(collectives);
        return statements.get();
    }
}
