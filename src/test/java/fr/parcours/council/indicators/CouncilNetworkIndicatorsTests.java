package fr.parcours.council.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.collective.CountingProxies;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.CouncilService;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@ParcoursIntegrationTest
class CouncilNetworkIndicatorsTests {

    @Autowired
    NetworkScenario networkScenario;
    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CouncilNetworkIndicators indicators;
    @Autowired
    CouncilService councils;
    @Autowired
    Scopes scopes;
    @Autowired
    DataSource dataSource;

    @Test
    void eachCouncilsFiguresOverThePeriodAndTheirTotals() {
        NetworkScenario.Network network = networkScenario.twoCouncils();

        CouncilNetworkView view = indicators.of(NetworkScenario.YEAR_2017, network.facilitator(),
                scopes.of(network.facilitator()));

        // 40 contacts and 2 new members by each door-to-door; the quiet council's meeting was cancelled.
        assertThat(view.rows()).extracting(CouncilFigures::councilId)
                .containsExactlyInAnyOrder(network.active().getId(), network.quiet().getId());
        assertThat(row(view, network.active())).isEqualTo(new CouncilFigures(network.active().getId(),
                network.active().getName(), 1, 2, 1, 0, 1, 0, 0, 40, 2, 2, 1, 1, 1));
        assertThat(row(view, network.quiet())).isEqualTo(new CouncilFigures(network.quiet().getId(),
                network.quiet().getName(), 0, 0, 0, 0, 0, 0, 0, 40, 2, 0, 0, 0, 0));
        CouncilFigures totals = view.totals();
        assertThat(totals.meetingsHeld()).isEqualTo(1);
        assertThat(totals.attendances()).isEqualTo(4);
        assertThat(totals.contactsMade()).isEqualTo(80);
        assertThat(totals.newMembers()).isEqualTo(4);
        assertThat(totals.actionsDecided()).isEqualTo(2);
        assertThat(totals.actionsDone()).isEqualTo(1);
        assertThat(totals.supportGiven()).isEqualTo(2);
    }

    @Test
    void activityOutsideThePeriodDoesNotCount() {
        NetworkScenario.Network network = networkScenario.twoCouncils();

        CouncilNetworkView before = indicators.of(IndicatorPeriod.yearOf(LocalDate.of(2016, 6, 1)),
                network.facilitator(), scopes.of(network.facilitator()));
        // The meeting on 20 April, its action done on the 27th: a period ending in between sees one, not the other.
        CouncilNetworkView spring = indicators.of(new IndicatorPeriod(LocalDate.of(2017, 4, 1),
                NetworkScenario.DONE_ON.minusDays(1)), network.facilitator(), scopes.of(network.facilitator()));

        assertThat(before.rows()).hasSize(2).allSatisfy(row -> assertThat(row.attendances() + row.meetingsHeld()
                + row.contactsMade() + row.actionsDecided() + row.actionsDone()).isZero());
        assertThat(row(spring, network.active()).meetingsHeld()).isEqualTo(1);
        assertThat(row(spring, network.active()).actionsDecided()).isEqualTo(2);
        assertThat(row(spring, network.active()).actionsDone()).isZero();
    }

    @Test
    void oneStatementForTheFiguresWhateverTheNumberOfCouncils() {
        AtomicInteger statements = new AtomicInteger();
        CouncilNetworkIndicators counted = new CouncilNetworkIndicators(councils,
                new NamedParameterJdbcTemplate(CountingProxies.countingStatements(dataSource, statements)));
        Council first = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(first);

        int[] counts = IntStream.of(2, 8).map(total -> {
            while (councils.visibleList(facilitator, scopes.of(facilitator)).size() < total) {
                Council more = councilScenario.parisCouncil(2, 1);
                councilScenario.toMeeting(councilScenario.startCycle(more), councilScenario.facilitatorOf(more));
                councilScenario.assign(more.getId(), facilitator);
            }
            statements.set(0);
            assertThat(counted.of(NetworkScenario.YEAR_2017, facilitator, scopes.of(facilitator)).rows())
                    .hasSize(total);
            return statements.get();
        }).toArray();

        assertThat(counts).containsExactly(1, 1);
    }

    private static CouncilFigures row(CouncilNetworkView view, Council council) {
        return view.rows().stream().filter(r -> r.councilId() == council.getId()).findFirst().orElseThrow();
    }
}
