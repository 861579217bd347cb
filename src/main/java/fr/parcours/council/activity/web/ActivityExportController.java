package fr.parcours.council.activity.web;

import fr.parcours.casework.CsvExport;
import fr.parcours.council.activity.ActivitySheet;
import fr.parcours.council.activity.CouncilActivity;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The activity sheet's detail as CSV, one line per activity, as the attendance export does it: French headers
 * and values (decimal comma), semicolons, UTF-8 with a byte-order mark, what French Excel opens as is.
 */
@Controller
class ActivityExportController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> COLUMNS =
            List.of("facilitator", "council", "date", "axis", "kind", "cycle", "hours", "description");

    private final ActivitySheetRequest request;
    private final MessageSource messages;

    ActivityExportController(ActivitySheetRequest request, MessageSource messages) {
        this.request = request;
        this.messages = messages;
    }

    @GetMapping("/councils/activity/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String facilitator,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  Authentication authentication) throws IOException {
        ActivitySheet sheet = request.require(facilitator, from, to, authentication.getName(), new ExtendedModelMap());
        StringWriter csv = new StringWriter();
        try (CsvExport printer = CsvExport.to(csv, COLUMNS.stream().map(column -> french("council.activity.csv." + column)).toList())) {
            for (ActivitySheet.Row row : sheet.rows()) {
                CouncilActivity activity = row.activity();
                printer.row(sheet.facilitatorName(), row.councilName(), activity.getPerformedOn().format(DAY),
                        french("council.activity.axis." + activity.getAxis()),
                        french("council.activity.kind." + activity.getKind()),
                        row.cycleReference() == null ? "" : row.cycleReference(),
                        hours(activity.getHours()), activity.getDescription() == null ? "" : activity.getDescription());
            }
        }
        return CsvExport.attachment("activite-%s-%s-%s.csv".formatted(sheet.facilitatorId(), sheet.from(), sheet.to()), csv.toString());
    }

    /** French decimal comma, no useless zeros: 1,5 and 2 rather than 1.50 and 2.00; empty when not reported. */
    private static String hours(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private String french(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
