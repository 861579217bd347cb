package fr.parcours.council.cycles.web;

import fr.parcours.casework.CsvExport;
import fr.parcours.council.cycles.AttendanceSheet;
import fr.parcours.council.cycles.CouncilOverviews;
import fr.parcours.identity.Scopes;
import java.io.IOException;
import java.io.StringWriter;
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
 * A held meeting's attendance record, printable, and as CSV, one line per member: French headers and values,
 * semicolons, UTF-8 with a byte-order mark, what French Excel opens as is. 404 for a meeting of another council.
 */
@Controller
class AttendanceController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> COLUMNS = List.of("council", "meeting", "member", "college", "gender", "present");

    private final CouncilOverviews overviews;
    private final Scopes scopes;
    private final MessageSource messages;

    AttendanceController(CouncilOverviews overviews, Scopes scopes, MessageSource messages) {
        this.overviews = overviews;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping("/councils/{councilId}/meetings/{meetingId}/attendance")
    String attendance(@PathVariable long councilId, @PathVariable long meetingId, Authentication authentication,
                      Model model) {
        String userId = authentication.getName();
        model.addAttribute("sheet", overviews.attendance(councilId, meetingId, userId, scopes.of(userId)));
        return "council/attendance";
    }

    @GetMapping("/councils/{councilId}/meetings/{meetingId}/attendance.csv")
    ResponseEntity<byte[]> export(@PathVariable long councilId, @PathVariable long meetingId,
                                  Authentication authentication) throws IOException {
        String userId = authentication.getName();
        AttendanceSheet sheet = overviews.attendance(councilId, meetingId, userId, scopes.of(userId));
        StringWriter csv = new StringWriter();
        try (CsvExport printer = CsvExport.to(csv, COLUMNS.stream().map(column -> french("council.csv." + column)).toList())) {
            for (AttendanceSheet.Row row : sheet.rows()) {
                printer.row(sheet.council().getName(), sheet.meeting().getPlannedOn().format(DAY),
                        row.member().isErased() ? french("council.rgpd.erased-member") : row.member().getFullName(),
                        french("council.college." + row.member().getCollege()),
                        french("council.gender." + row.member().getGender()),
                        french(row.present() ? "council.attendance.present" : "council.attendance.absent"));
            }
        }
        return CsvExport.attachment("emargement-%d.csv".formatted(meetingId), csv.toString());
    }

    private String french(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
