package fr.parcours.collective.region.web;

import fr.parcours.casework.CsvExport;
import fr.parcours.collective.citer.AvoidedCosts;
import fr.parcours.collective.citer.CiterFigures;
import fr.parcours.collective.region.CollectiveFigures;
import fr.parcours.collective.region.RegionalView;
import fr.parcours.collective.region.RegionalViews;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regional view across collectives and its CSV export for funders (French headers, semicolons, decimal
 * commas, UTF-8 with a byte-order mark). Coordinators get their region; admins all, or the region asked for.
 */
@Controller
class RegionalController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> COLUMNS = List.of("number", "title", "region", "start", "planned-end", "late",
            "participating", "dropped-out", "sessions", "deliverables", "at-stake", "made-permanent", "sought",
            "obtained");

    private final RegionalViews views;
    private final Scopes scopes;
    private final MessageSource messages;
    private final CiterFigures citerFigures;
    private final AvoidedCosts avoidedCosts;

    RegionalController(RegionalViews views, Scopes scopes, MessageSource messages, CiterFigures citerFigures,
                       AvoidedCosts avoidedCosts) {
        this.views = views;
        this.citerFigures = citerFigures;
        this.avoidedCosts = avoidedCosts;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping("/collective/region")
    String show(@RequestParam(required = false) String region, Authentication authentication, Model model) {
        UserScope scope = scopes.of(authentication.getName());
        RegionalView view = views.of(scope, region);
        model.addAttribute("view", view);
        model.addAttribute("national", scope.isNational());
        if (view.regionCode() != null) {
            model.addAttribute("citerFigures", citerFigures.ofRegion(view.regionCode()));
            model.addAttribute("avoidedCosts", avoidedCosts.estimateOfRegion(view.regionCode()));
        }
        return "collective/region";
    }

    @GetMapping("/collective/region.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String region, Authentication authentication)
            throws IOException {
        RegionalView view = views.of(scopes.of(authentication.getName()), region);
        StringWriter csv = new StringWriter();
        try (CsvExport export = CsvExport.to(csv, COLUMNS.stream().map(column -> french("region.csv." + column))
                .toList())) {
            for (CollectiveFigures row : view.rows()) {
                export.row(row.businessKey(), row.title(), row.regionCode(),
                        DATE.format(row.startDate()), DATE.format(row.plannedEnd()), yesNo(view.late(row)),
                        row.participating(), row.droppedOut(), row.sessionsHeld(), row.deliverablesDone(),
                        row.aidedContractsAtStake(), row.aidedContractsMadePermanent(),
                        decimal(row.fundingSought()), decimal(row.fundingObtained()));
            }
            export.row(french("region.totals"), "", "", "", "", view.lateCount(),
                    view.participating(), view.droppedOut(), view.sessionsHeld(), view.deliverablesDone(),
                    view.aidedContractsAtStake(), view.aidedContractsMadePermanent(),
                    decimal(view.fundingSought()), decimal(view.fundingObtained()));
        }
        String name = "vue-regionale" + (view.regionCode() == null ? "" : "-" + view.regionCode()) + ".csv";
        return CsvExport.attachment(name, csv.toString());
    }

    private String yesNo(boolean late) {
        return french(late ? "region.csv.yes" : "region.csv.no");
    }

    private String french(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }

    private static String decimal(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }
}
