package fr.parcours.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.dla.NationalPhase;
import fr.parcours.identity.UserScope;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import fr.parcours.support.ParcoursIntegrationTest;

/**
 * The annual report against a year built by hand ({@link KnownYear}): every cell of every table, for the region,
 * for one department, and for an empty year.
 */
@ParcoursIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportTests {

    /** Counts in {@link Measure} order: requests, accepted, referred, diagnostics, plans, individual, collective, follow-ups. */
    static final Map<Dimension, Map<String, long[]>> REGION = Map.of(
            Dimension.SECTOR, ordered(
                    "G", counts(0, 1, 0, 1, 1, 2, 0, 0),
                    "O", counts(0, 0, 0, 0, 0, 0, 1, 2),
                    "Q", counts(2, 2, 0, 1, 1, 1, 0, 1),
                    "S", counts(1, 0, 1, 0, 0, 0, 0, 0),
                    Category.UNKNOWN, counts(1, 0, 0, 0, 0, 0, 0, 0)),
            Dimension.LEGAL_FORM, ordered(
                    "ASSOCIATION", counts(3, 2, 0, 1, 1, 1, 0, 1),
                    "GIP", counts(0, 0, 0, 0, 0, 0, 1, 2),
                    "SCIC", counts(1, 0, 1, 0, 0, 0, 0, 0),
                    "SCOP", counts(0, 0, 0, 0, 0, 0, 0, 0),
                    "OTHER", counts(0, 1, 0, 1, 1, 2, 0, 0)),
            Dimension.SIZE, ordered(
                    "0", counts(2, 2, 0, 1, 1, 1, 0, 1),
                    "1-9", counts(1, 0, 1, 0, 0, 0, 0, 0),
                    "10-49", counts(0, 1, 0, 1, 1, 2, 0, 0),
                    "50+", counts(0, 0, 0, 0, 0, 0, 1, 2),
                    Category.UNKNOWN, counts(1, 0, 0, 0, 0, 0, 0, 0)),
            Dimension.QPV, ordered(
                    "QPV", counts(2, 3, 0, 2, 2, 3, 0, 1),
                    "NOT_QPV", counts(2, 0, 1, 0, 0, 0, 1, 2)));

    static final long[] REGION_TOTALS = counts(4, 3, 1, 2, 2, 3, 1, 3);

    @Autowired
    AnnualReports reports;
    @Autowired
    KnownYear knownYear;

    KnownYear.Codes codes;

    @BeforeAll
    void buildTheYear() {
        codes = knownYear.build();
    }

    @Test
    void theRegionsYearHasEveryCellAsBuilt() {
        AnnualReport report = reports.of(ReportPeriod.year(KnownYear.YEAR), UserScope.region("test", codes.region()));

        REGION.forEach((dimension, expected) -> assertBreakdown(report.breakdown(dimension), expected));
        assertBreakdown(report.breakdown(Dimension.DEPARTMENT), ordered(
                codes.d1(), counts(3, 2, 1, 1, 1, 1, 1, 3),
                codes.d2(), counts(1, 1, 0, 1, 1, 2, 0, 0)));
        for (Measure measure : Measure.values()) {
            assertThat(report.total(measure)).as(measure.name()).isEqualTo(REGION_TOTALS[measure.ordinal()]);
        }
        assertThat(report.leadTimes()).containsExactly(
                leadTime(NationalPhase.INTAKE, 4, "12.5", "18.5"),
                leadTime(NationalPhase.DIAGNOSTIC, 2, "35.0", "39.0"),
                leadTime(NationalPhase.PATHWAY, 2, "35.0", "39.0"),
                leadTime(NationalPhase.ENGINEERING, 1, "153.0", "153.0"),
                leadTime(NationalPhase.FOLLOW_UP, 2, "223.5", "336.7"));
        assertThat(report.results()).isEqualTo(new Results(3, 3, 3, new BigDecimal("17000.50")));
        assertThat(report.satisfaction()).isEqualTo(new Satisfaction(2, new BigDecimal("4.50"),
                new BigDecimal("4.00"), new BigDecimal("3.50"), new BigDecimal("4.00")));
        assertThat(report.isEmpty()).isFalse();
    }

    @Test
    void aDepartmentSeesOnlyItsOwnCases() {
        AnnualReport report = reports.of(ReportPeriod.year(KnownYear.YEAR),
                UserScope.department("test", codes.region(), codes.d2()));

        assertThat(Arrays.stream(Measure.values()).map(report::total).toList())
                .containsExactly(1L, 1L, 0L, 1L, 1L, 2L, 0L, 0L);
        assertThat(report.breakdown(Dimension.DEPARTMENT).rows()).extracting(row -> row.category().code())
                .containsExactly(codes.d2());
        assertThat(report.results()).isEqualTo(Results.NONE);
        assertThat(report.satisfaction().answers()).isEqualTo(1);
        assertThat(report.leadTimes().get(0)).isEqualTo(leadTime(NationalPhase.INTAKE, 1, "20.0", "20.0"));
    }

    @Test
    void aPeriodCountsOnlyWhatHappenedWithinIt() {
        AnnualReport report = reports.of(new ReportPeriod(java.time.LocalDate.of(2071, 1, 1),
                java.time.LocalDate.of(2071, 1, 31)), UserScope.region("test", codes.region()));

        assertThat(Arrays.stream(Measure.values()).map(report::total).toList())
                .containsExactly(1L, 2L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void anEmptyPeriodGivesZerosNotAnError() {
        AnnualReport report = reports.of(ReportPeriod.year(2069), UserScope.region("test", codes.region()));

        assertThat(report.isEmpty()).isTrue();
        for (Measure measure : Measure.values()) {
            assertThat(report.total(measure)).isZero();
        }
        assertThat(report.breakdown(Dimension.LEGAL_FORM).rows()).hasSize(5);
        assertThat(report.breakdown(Dimension.SECTOR).rows()).isEmpty();
        assertThat(report.leadTimes()).allSatisfy(time -> assertThat(time.cases()).isZero());
        assertThat(report.results()).isEqualTo(Results.NONE);
        assertThat(report.satisfaction()).isEqualTo(Satisfaction.NONE);
    }

    @Test
    void aConsultantsScopeCoversNoOperatorsActivity() {
        AnnualReport report = reports.of(ReportPeriod.year(KnownYear.YEAR), UserScope.organisation("test", 1L));

        assertThat(report.isEmpty()).isTrue();
    }

    static void assertBreakdown(Breakdown breakdown, Map<String, long[]> expected) {
        assertThat(breakdown.rows()).extracting(row -> row.category().code())
                .as(breakdown.dimension().name()).containsExactlyElementsOf(expected.keySet());
        for (BreakdownRow row : breakdown.rows()) {
            long[] counts = expected.get(row.category().code());
            for (Measure measure : Measure.values()) {
                assertThat(row.count(measure)).as("%s %s %s", breakdown.dimension(), row.category().code(), measure)
                        .isEqualTo(counts[measure.ordinal()]);
            }
        }
    }

    static LeadTime leadTime(NationalPhase phase, long cases, String median, String p90) {
        return new LeadTime(phase, cases, new BigDecimal(median), new BigDecimal(p90));
    }

    static long[] counts(long... counts) {
        return counts;
    }

    /** A map that keeps the order of its entries, as the report lists its rows. */
    static Map<String, long[]> ordered(Object... keysAndCounts) {
        Map<String, long[]> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            map.put((String) keysAndCounts[i], (long[]) keysAndCounts[i + 1]);
        }
        return map;
    }

    static List<String> measures() {
        return Arrays.stream(Measure.values()).map(Enum::name).toList();
    }
}
