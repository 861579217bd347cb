package fr.parcours.collective.dashboard.web;

import fr.parcours.casework.CsvExport;
import fr.parcours.collective.citer.AvoidedCosts;
import fr.parcours.collective.citer.CiterFigures;
import fr.parcours.collective.dashboard.CollectiveDashboard;
import fr.parcours.collective.dashboard.CollectiveDashboards;
import fr.parcours.identity.Scopes;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A collective's dashboard and its CSV export for funders (French headers, semicolons, decimal commas, UTF-8
 * with a byte-order mark, as French Excel opens it). Both within the coordinator's region only.
 */
@Controller
class DashboardController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> COLUMNS = List.of("structure", "step", "sessions", "action-plan", "leads",
            "evaluation", "overdue", "at-stake", "made-permanent", "sought", "obtained");

    private final CollectiveDashboards dashboards;
    private final Scopes scopes;
    private final MessageSource messages;
    private final CiterFigures citerFigures;
    private final AvoidedCosts avoidedCosts;

    DashboardController(CollectiveDashboards dashboards, Scopes scopes, MessageSource messages,
                        CiterFigures citerFigures, AvoidedCosts avoidedCosts) {
        this.dashboards = dashboards;
        this.citerFigures = citerFigures;
        this.avoidedCosts = avoidedCosts;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping("/collective/{id}/dashboard")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        CollectiveDashboard dashboard = dashboards.of(id, scopes.of(authentication.getName()));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("citerFigures", citerFigures.ofCollective(id));
        model.addAttribute("avoidedCosts", avoidedCosts.estimate(dashboard.collective().getRegionCode(),
                dashboard.rows().stream().map(CollectiveDashboard.Row::figures).filter(f -> !f.droppedOut())
                        .map(f -> f.participationId()).toList()));
        return "collective/dashboard";
    }

    @GetMapping("/collective/{id}/dashboard.csv")
    ResponseEntity<byte[]> export(@PathVariable long id, Authentication authentication) throws IOException {
        CollectiveDashboard dashboard = dashboards.of(id, scopes.of(authentication.getName()), Locale.FRENCH);
        StringWriter csv = new StringWriter();
        try (CsvExport export = CsvExport.to(csv, COLUMNS.stream().map(column -> french("collective.csv." + column))
                .toList())) {
            for (CollectiveDashboard.Row row : dashboard.rows()) {
                var f = row.figures();
                export.row(f.name(), step(row), f.sessionsAttended() + "/" + f.sessionsHeld(),
                        yesNo(f.actionPlan()), f.fundingLeads(), yesNo(f.evaluation()), row.overdue(),
                        f.aidedContractsAtStake(), f.aidedContractsMadePermanent(), decimal(f.fundingSought()),
                        decimal(f.fundingObtained()));
            }
            export.row(french("collective.dashboard.totals"), "", "", dashboard.actionPlans(),
                    dashboard.fundingLeads(), dashboard.evaluations(), dashboard.overdue(),
                    dashboard.aidedContractsAtStake(), dashboard.aidedContractsMadePermanent(),
                    decimal(dashboard.fundingSought()), decimal(dashboard.fundingObtained()));
        }
        return CsvExport.attachment("tableau-de-bord-" + dashboard.collective().getBusinessKey() + ".csv",
                csv.toString());
    }

    /** The current step, else the structure's status; a drop-out says when and that it is outside the totals. */
    private String step(CollectiveDashboard.Row row) {
        var f = row.figures();
        if (row.step() != null) {
            return row.step().name();
        }
        if (f.droppedOut()) {
            return messages.getMessage("collective.dashboard.dropped-out", new Object[] {DATE.format(f.droppedOutOn())},
                    Locale.FRENCH) + " : " + f.dropOutReason();
        }
        return french("collective.status." + f.status());
    }

    private String yesNo(boolean done) {
        return french(done ? "collective.csv.yes" : "collective.csv.no");
    }

    private String french(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }

    private static String decimal(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }
}
