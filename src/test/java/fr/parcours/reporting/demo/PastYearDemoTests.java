package fr.parcours.reporting.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.identity.UserScope;
import fr.parcours.reporting.AnnualReport;
import fr.parcours.reporting.AnnualReports;
import fr.parcours.reporting.Measure;
import fr.parcours.reporting.ReportPeriod;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's past year, seeded into a department of the test's own: every phase has figures, nothing ends later than today. */
@ParcoursIntegrationTest
class PastYearDemoTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

    @Autowired
    PastYearDemo demo;
    @Autowired
    AnnualReports reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDepartmentsPastYearFillsEveryFigureOfTheReport() {
        String code = Integer.toString(SEQUENCE.incrementAndGet(), 36);
        String department = "p" + code;
        String region = "q" + code;
        LocalDate today = LocalDate.now();
        List<PastYearStructures.Structure> structures = PastYearStructures.NORD.stream()
                .map(s -> new PastYearStructures.Structure(s.name() + " " + department, s.legalForm(), s.employees(),
                        s.naf(), s.qpv(), s.city())).toList();

        List<Long> cases = demo.seed(department, region, structures, today, 70_000 + SEQUENCE.get() * 20L);

        assertThat(cases).hasSize(PastYearDemo.CASES_PER_DEPARTMENT);
        AnnualReport report = reports.of(new ReportPeriod(today.minusMonths(26), today),
                UserScope.department("test", region, department));
        for (Measure measure : Measure.values()) {
            if (measure != Measure.COLLECTIVE_ENGINEERING) {
                assertThat(report.total(measure)).as(measure.name()).isPositive();
            }
        }
        assertThat(report.total(Measure.REQUESTS)).isEqualTo(PastYearDemo.CASES_PER_DEPARTMENT);
        assertThat(report.results().fundingObtained()).isPositive();
        assertThat(report.satisfaction().answers()).isPositive();
        assertThat(report.leadTimes()).allSatisfy(time -> assertThat(time.cases()).isPositive());
        assertThat(jdbc.sql("select max(closed_on) from accompaniment_closure where accompaniment_id in (:ids)")
                .param("ids", cases).query(LocalDate.class).single()).isBeforeOrEqualTo(today);
    }

    @Test
    void theSeedClaimsItsRowOnceSoRestartsAddNothing() {
        jdbc.sql("insert into demo_seed (name) values (?) on conflict do nothing").param(PastYearDemo.SEED_NAME).update();

        assertThat(demo.seedOnce()).isFalse();
    }

    @Test
    void everyCaseGoesThroughThePhasesInOrder() {
        for (int i = 0; i < PastYearDemo.CASES_PER_DEPARTMENT; i++) {
            CaseRecord record = PastYearDemo.history(1L, "06", LocalDate.of(2024, 1, 1).plusDays(20L * i), i);
            assertThat(record.decidedOn()).isAfter(record.requestedOn());
            if (!record.referred()) {
                assertThat(List.of(record.decidedOn(), record.diagnosticOn(), record.planOn(), record.committeeOn(),
                        record.followUps().get(0).heldOn())).isSorted();
                assertThat(record.closedOn()).isEqualTo(record.followUps().get(0).heldOn());
                record.missions().forEach(m -> assertThat(m.launchedOn()).isAfter(record.committeeOn())
                        .isBefore(m.assessedOn()));
            }
        }
    }
}
