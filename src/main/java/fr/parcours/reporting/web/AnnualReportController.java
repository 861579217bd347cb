package fr.parcours.reporting.web;

import fr.parcours.casework.CsvExport;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.DlaOperatorRegistry.DlaOperator;
import fr.parcours.organisation.Territories;
import fr.parcours.reporting.AnnualReport;
import fr.parcours.reporting.AnnualReports;
import fr.parcours.reporting.ReportPeriod;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The annual activity report of the reader's scope: on screen (tables, charts, printable), as an Excel workbook and
 * as CSV. The exports are in French whatever the screen's language: funders read them.
 */
@Controller
class AnnualReportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AnnualReports reports;
    private final ReportTables tables;
    private final ReportLabels labels;
    private final Scopes scopes;
    private final Territories territories;
    private final Clock clock;

    AnnualReportController(AnnualReports reports, ReportTables tables, ReportLabels labels, Scopes scopes,
                           Territories territories, Clock clock) {
        this.reports = reports;
        this.tables = tables;
        this.labels = labels;
        this.scopes = scopes;
        this.territories = territories;
        this.clock = clock;
    }

    @ModelAttribute("period")
    ReportPeriodFormData period() {
        return new ReportPeriodFormData();
    }

    /** A wrong period is shown back with its errors, beside the current year's figures. */
    @GetMapping("/reports/annual")
    String show(@Valid @ModelAttribute("period") ReportPeriodFormData form, BindingResult errors,
                Authentication authentication, Locale locale, Model model) {
        form.validate(errors);
        LocalDate today = LocalDate.now(clock);
        ReportPeriod period = errors.hasErrors() ? ReportPeriod.year(today.getYear()) : form.toPeriod(today);
        if (!errors.hasErrors()) {
            form.showing(period);
        }
        UserScope scope = scopes.of(authentication.getName());
        AnnualReport report = reports.of(period, scope);
        model.addAttribute("report", report);
        model.addAttribute("reportPeriod", period);
        model.addAttribute("tables", tables.of(report, scope, locale));
        model.addAttribute("scopeName", scopeName(scope, locale));
        model.addAttribute("operatorName", reports.operatorOf(scope).map(DlaOperator::name).orElse(null));
        return "reporting/annual";
    }

    @GetMapping("/reports/annual.xlsx")
    ResponseEntity<byte[]> workbook(@Valid @ModelAttribute("period") ReportPeriodFormData form, BindingResult errors,
                                    Authentication authentication) throws IOException {
        form.validate(errors);
        if (errors.hasErrors()) {
            return ResponseEntity.badRequest().build();
        }
        ReportPeriod period = form.toPeriod(LocalDate.now(clock));
        UserScope scope = scopes.of(authentication.getName());
        AnnualReport report = reports.of(period, scope);
        byte[] xlsx = ReportWorkbook.write(french("report.sheet.cover"), cover(period, scope),
                tables.of(report, scope, Locale.FRENCH));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, CsvExport.contentDisposition(fileName(period, "xlsx")))
                .body(xlsx);
    }

    /** The CSV holds every table, one figure a line (table, line, column, value): what a pivot table reads. */
    @GetMapping("/reports/annual.csv")
    ResponseEntity<byte[]> csv(@Valid @ModelAttribute("period") ReportPeriodFormData form, BindingResult errors,
                               Authentication authentication) throws IOException {
        form.validate(errors);
        if (errors.hasErrors()) {
            return ResponseEntity.badRequest().build();
        }
        ReportPeriod period = form.toPeriod(LocalDate.now(clock));
        UserScope scope = scopes.of(authentication.getName());
        AnnualReport report = reports.of(period, scope);
        StringWriter csv = new StringWriter();
        List<String> headers = List.of(french("report.csv.table"), french("report.csv.line"),
                french("report.csv.column"), french("report.csv.value"));
        try (CsvExport export = CsvExport.to(csv, headers)) {
            String coverTitle = french("report.sheet.cover");
            for (ReportWorkbook.CoverLine line : cover(period, scope)) {
                export.row(coverTitle, line.label(), "", csvValue(line.value()));
            }
            for (ReportTable table : tables.of(report, scope, Locale.FRENCH)) {
                List<ReportTable.Line> lines = new ArrayList<>(table.lines());
                if (table.total() != null) {
                    lines.add(table.total());
                }
                for (ReportTable.Line line : lines) {
                    for (int c = 0; c < line.values().size(); c++) {
                        export.row(table.title(), line.label(), table.columns().get(c + 1),
                                csvValue(line.values().get(c)));
                    }
                }
            }
        }
        return CsvExport.attachment(fileName(period, "csv"), csv.toString());
    }

    private List<ReportWorkbook.CoverLine> cover(ReportPeriod period, UserScope scope) {
        String title = reports.operatorOf(scope).map(operator -> labels.text("operator.report.title", Locale.FRENCH,
                operator.name())).orElse(french("report.title"));
        return List.of(new ReportWorkbook.CoverLine(french("report.cover.title"), title),
                new ReportWorkbook.CoverLine(french("report.cover.scope"), scopeName(scope, Locale.FRENCH)),
                new ReportWorkbook.CoverLine(french("report.cover.from"), period.from()),
                new ReportWorkbook.CoverLine(french("report.cover.to"), period.to()),
                new ReportWorkbook.CoverLine(french("report.cover.drawn-on"), LocalDate.now(clock)));
    }

    private String scopeName(UserScope scope, Locale locale) {
        Optional<DlaOperator> operator = reports.operatorOf(scope);
        if (operator.isPresent()) {
            return labels.text("operator.report.scope", locale, operator.get().name(),
                    String.join(", ", operator.get().departmentCodes()));
        }
        if (scope.getDepartmentCode() != null) {
            return territories.department(scope.getDepartmentCode())
                    .map(d -> labels.text("report.scope.department", locale, d.name(), d.code()))
                    .orElse(scope.getDepartmentCode());
        }
        if (scope.getRegionCode() != null) {
            return territories.region(scope.getRegionCode())
                    .map(r -> labels.text("report.scope.region", locale, r.name()))
                    .orElse(scope.getRegionCode());
        }
        return labels.text("report.scope.national", locale);
    }

    private static String fileName(ReportPeriod period, String extension) {
        return (period.isCalendarYear() ? "rapport-annuel-dla-" + period.from().getYear()
                : "rapport-dla-" + period.from() + "-" + period.to()) + "." + extension;
    }

    /** Numbers stay numbers (a decimal comma, as French Excel reads them), dates French, nothing as "null". */
    private static Object csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString().replace('.', ',');
        }
        if (value instanceof LocalDate day) {
            return day.format(DAY);
        }
        return value;
    }

    private String french(String key) {
        return labels.text(key, Locale.FRENCH);
    }
}
