package fr.parcours.budget.web;

import fr.parcours.budget.BudgetFigures;
import fr.parcours.budget.EnvelopeView;
import fr.parcours.budget.IngenierieBudgets;
import fr.parcours.budget.MissionLine;
import fr.parcours.casework.CsvExport;
import fr.parcours.identity.Scopes;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The budget page of a year as CSV, for funders' spreadsheets: one line per envelope the reader sees on
 * {@code /budget} (its figures), each followed by one line per mission charged to it (its amounts and where its
 * invoicing stands). The envelopes are those of the page, within the same reach. French headers and values
 * (decimal comma, dates dd/mm/yyyy) whatever the screen's language.
 */
@Controller
class BudgetExportController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> COLUMNS = List.of("line", "holder", "kind", "territory", "year", "structure",
            "consultant", "ordered-on", "days", "envelope", "agreed", "cofinanced", "committed", "invoiced", "paid",
            "remaining", "missions", "status");

    private final IngenierieBudgets budgets;
    private final Scopes scopes;
    private final MessageSource messages;
    private final Clock clock;

    BudgetExportController(IngenierieBudgets budgets, Scopes scopes, MessageSource messages, Clock clock) {
        this.budgets = budgets;
        this.scopes = scopes;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/budget/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, Authentication authentication)
            throws IOException {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        List<EnvelopeView> views = budgets.views(shown, scopes.of(authentication.getName()));
        StringWriter csv = new StringWriter();
        try (CsvExport export = CsvExport.to(csv, COLUMNS.stream().map(c -> french("budget.csv.column." + c)).toList())) {
            for (EnvelopeView view : views) {
                BudgetFigures figures = view.figures();
                String holder = figures.holderName();
                String kind = french(figures.collectiveId() == null ? "budget.csv.kind.operator" : "budget.csv.kind.collective");
                String territory = figures.departmentCodes().isEmpty()
                        ? french("budget.territory.region", figures.regionCode())
                        : french("operator.budget.territory.departments", String.join(", ", figures.departmentCodes()));
                export.row(french("budget.csv.line.envelope"), holder, kind, territory, figures.year(), "", "", "", "",
                        amount(figures.envelope()), amount(figures.agreed()), amount(figures.cofinanced()),
                        amount(figures.committed()), amount(figures.invoiced()), amount(figures.paid()),
                        amount(figures.remaining()), figures.missions(),
                        french(figures.isOver() ? "budget.csv.status.over" : "budget.csv.status.within"));
                for (MissionLine mission : view.missions()) {
                    export.row(french("budget.csv.line.mission"), holder, kind, territory, figures.year(),
                            text(mission.cost().getStructureName()), text(mission.cost().getConsultantName()),
                            mission.cost().getOrderedOn() == null ? "" : mission.cost().getOrderedOn().format(DAY),
                            amount(mission.cost().getDays()), "", amount(mission.agreed()),
                            amount(mission.cofinanced()), amount(mission.committed()), amount(mission.invoiced()),
                            amount(mission.paid()), "", "", french("budget.csv.payment." + mission.payment()));
                }
            }
        }
        return CsvExport.attachment("budget-ingenierie-" + shown + ".csv", csv.toString());
    }

    /** A decimal comma, as French Excel reads numbers; empty when not recorded. */
    private static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String french(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
