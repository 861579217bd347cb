package fr.parcours.reporting.web;

import fr.parcours.budget.BudgetFigures;
import fr.parcours.budget.IngenierieBudgets;
import fr.parcours.identity.UserScope;
import fr.parcours.reporting.AnnualReport;
import fr.parcours.reporting.Breakdown;
import fr.parcours.reporting.Dimension;
import fr.parcours.reporting.LeadTime;
import fr.parcours.reporting.Measure;
import fr.parcours.reporting.ReportPeriod;
import fr.parcours.reporting.Results;
import fr.parcours.reporting.Satisfaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Lays the report out as tables, in one order for the screen, the spreadsheet and the CSV. */
@Component
class ReportTables {

    /** The measures drawn on the breakdown charts (the others stay in the tables). */
    private static final List<Measure> CHARTED = List.of(Measure.REQUESTS, Measure.ACCEPTED, Measure.DIAGNOSTICS,
            Measure.INDIVIDUAL_ENGINEERING, Measure.COLLECTIVE_ENGINEERING, Measure.FOLLOW_UPS);

    private final ReportLabels labels;
    private final IngenierieBudgets budgets;

    ReportTables(ReportLabels labels, IngenierieBudgets budgets) {
        this.labels = labels;
        this.budgets = budgets;
    }

    List<ReportTable> of(AnnualReport report, UserScope scope, Locale locale) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(summary(report, locale));
        for (Dimension dimension : Dimension.values()) {
            tables.add(breakdown(report.breakdown(dimension), locale));
        }
        tables.add(leadTimes(report, locale));
        tables.add(results(report.results(), locale));
        tables.add(satisfaction(report.satisfaction(), locale));
        tables.add(budget(report.period(), scope, locale));
        return tables;
    }

    /** The ingénierie envelopes in the reader's scope for each calendar year the period touches. */
    private ReportTable budget(ReportPeriod period, UserScope scope, Locale locale) {
        List<ReportTable.Line> lines = new ArrayList<>();
        for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
            for (BudgetFigures figures : budgets.forYear(year, scope)) {
                lines.add(new ReportTable.Line(figures.holderName() + " (" + figures.year() + ")", Arrays.asList(
                        figures.envelope(), (long) figures.missions(), figures.agreed(), figures.cofinanced(),
                        figures.committed(), figures.invoiced(), figures.paid(), figures.remaining())));
            }
        }
        List<String> columns = new ArrayList<>(List.of(labels.text("report.budget.holder", locale)));
        Stream.of("envelope", "missions", "agreed", "cofinanced", "committed", "invoiced", "paid", "remaining")
                .forEach(column -> columns.add(labels.text("report.budget." + column, locale)));
        return new ReportTable("budget", labels.text("report.table.budget", locale), columns,
                Collections.nCopies(columns.size(), false), lines, null);
    }

    private ReportTable summary(AnnualReport report, Locale locale) {
        List<ReportTable.Line> lines = Arrays.stream(Measure.values())
                .map(m -> line(labels.measure(m, locale), report.total(m))).toList();
        return new ReportTable("summary", labels.text("report.table.summary", locale),
                List.of(labels.text("report.column.indicator", locale), labels.text("report.column.count", locale)),
                List.of(false, false), lines, null);
    }

    private ReportTable breakdown(Breakdown breakdown, Locale locale) {
        List<String> columns = new ArrayList<>(List.of(labels.dimension(breakdown.dimension(), locale)));
        List<Boolean> charted = new ArrayList<>(List.of(false));
        for (Measure measure : Measure.values()) {
            columns.add(labels.measure(measure, locale));
            charted.add(CHARTED.contains(measure));
        }
        List<ReportTable.Line> lines = breakdown.rows().stream().map(row -> new ReportTable.Line(
                labels.category(row.category(), locale),
                Arrays.stream(Measure.values()).map(m -> (Object) row.count(m)).toList())).toList();
        ReportTable.Line total = new ReportTable.Line(labels.text("report.total", locale),
                Arrays.stream(Measure.values()).map(m -> (Object) breakdown.total(m)).toList());
        return new ReportTable("by-" + breakdown.dimension().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                labels.text("report.table.by." + breakdown.dimension().name(), locale),
                columns, charted, lines, total);
    }

    private ReportTable leadTimes(AnnualReport report, Locale locale) {
        List<ReportTable.Line> lines = report.leadTimes().stream().map((LeadTime time) -> new ReportTable.Line(
                labels.phase(time.phase(), locale), Arrays.asList(time.cases(), time.medianDays(), time.p90Days())))
                .toList();
        return new ReportTable("lead-times", labels.text("report.table.lead-times", locale),
                Stream.of("phase", "cases", "median", "p90").map(c -> labels.text("report.lead-times." + c, locale))
                        .toList(), List.of(false, false, true, true), lines, null);
    }

    private ReportTable results(Results results, Locale locale) {
        return new ReportTable("results", labels.text("report.table.results", locale),
                List.of(labels.text("report.column.indicator", locale), labels.text("report.column.value", locale)),
                List.of(false, false), List.of(
                line(labels.text("report.results.follow-ups", locale), results.followUps()),
                line(labels.text("report.results.jobs", locale), results.jobsConsolidated()),
                line(labels.text("report.results.contracts", locale), results.aidedContractsMadePermanent()),
                line(labels.text("report.results.funding", locale), results.fundingObtained())), null);
    }

    private ReportTable satisfaction(Satisfaction satisfaction, Locale locale) {
        return new ReportTable("satisfaction", labels.text("report.table.satisfaction", locale),
                List.of(labels.text("report.column.indicator", locale), labels.text("report.column.value", locale)),
                List.of(false, false), List.of(
                line(labels.text("report.satisfaction.answers", locale), satisfaction.answers()),
                line(labels.text("report.satisfaction.quality", locale), satisfaction.quality()),
                line(labels.text("report.satisfaction.listening", locale), satisfaction.listening()),
                line(labels.text("report.satisfaction.usefulness", locale), satisfaction.usefulness()),
                line(labels.text("report.satisfaction.overall", locale), satisfaction.overall())), null);
    }

    private static ReportTable.Line line(String label, Object value) {
        return new ReportTable.Line(label, Collections.singletonList(value));
    }
}
