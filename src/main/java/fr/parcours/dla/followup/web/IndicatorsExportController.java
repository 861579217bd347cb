package fr.parcours.dla.followup.web;

import fr.parcours.casework.CsvExport;
import fr.parcours.dla.followup.CaseIndicators;
import fr.parcours.dla.followup.FollowUpIndicators;
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
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The follow-up indicators of the officer's territory, one line per case, for funders. French headers,
 * semicolons and decimal commas, UTF-8 with a byte-order mark: what French Excel opens as is.
 */
@Controller
class IndicatorsExportController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> COLUMNS = List.of("case", "structure", "department", "phase", "follow-ups",
            "jobs-consolidated", "aided-contracts-made-permanent", "funding-obtained", "closed-on");

    private final FollowUpIndicators indicators;
    private final Scopes scopes;
    private final MessageSource messages;

    IndicatorsExportController(FollowUpIndicators indicators, Scopes scopes, MessageSource messages) {
        this.indicators = indicators;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping("/dla/indicators.csv")
    ResponseEntity<byte[]> export(Authentication authentication) throws IOException {
        StringWriter csv = new StringWriter();
        try (CsvExport export = CsvExport.to(csv, COLUMNS.stream().map(this::header).toList())) {
            for (CaseIndicators row : indicators.casesOf(scopes.of(authentication.getName()))) {
                export.row(row.businessKey(), row.organisationName(), row.departmentCode(),
                        messages.getMessage("phase." + row.phase(), null, Locale.FRENCH), row.followUps(),
                        row.jobsConsolidated(), row.aidedContractsMadePermanent(), decimal(row.fundingObtained()),
                        row.closedOn() == null ? "" : row.closedOn().format(DAY));
            }
        }
        return CsvExport.attachment("indicateurs-suivi-dla.csv", csv.toString());
    }

    private String header(String column) {
        return messages.getMessage("followup.csv." + column, null, Locale.FRENCH);
    }

    private static String decimal(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }
}
