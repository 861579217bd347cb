package fr.parcours.council.cycles.web;

import fr.parcours.casefile.CaseDocuments;
import fr.parcours.casefile.DocumentType;
import fr.parcours.casefile.PdfSheet;
import fr.parcours.council.Council;
import fr.parcours.council.cycles.AttendanceSheet;
import fr.parcours.council.cycles.CouncilOverviews;
import fr.parcours.identity.Scopes;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A held meeting's attendance sheet as a PDF, one line per member with a box to sign, kept as a document of the
 * council (the attendance record a Paris council once missed). 404 for a meeting of another council.
 */
@Controller
class AttendancePdfController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CouncilOverviews overviews;
    private final CaseDocuments documents;
    private final Scopes scopes;
    private final MessageSource messages;

    AttendancePdfController(CouncilOverviews overviews, CaseDocuments documents, Scopes scopes,
                            MessageSource messages) {
        this.overviews = overviews;
        this.documents = documents;
        this.scopes = scopes;
        this.messages = messages;
    }

    @PostMapping("/councils/{councilId}/meetings/{meetingId}/attendance.pdf")
    String generate(@PathVariable long councilId, @PathVariable long meetingId, Authentication authentication,
                    RedirectAttributes redirect) {
        String userId = authentication.getName();
        AttendanceSheet sheet = overviews.attendance(councilId, meetingId, userId, scopes.of(userId));
        String day = sheet.meeting().getPlannedOn().format(DAY);
        String title = french("casefile.pdf.attendance.title", day);
        List<List<String>> rows = sheet.rows().stream().map(row -> List.of(
                row.member().isErased() ? french("council.rgpd.erased-member") : row.member().getFullName(),
                french("council.college." + row.member().getCollege()),
                french("council.gender." + row.member().getGender()),
                french(row.present() ? "council.attendance.present" : "council.attendance.absent"), "")).toList();
        byte[] pdf = PdfSheet.titled(title, sheet.council().getName())
                .paragraph(french("council.attendance.summary", sheet.present(), sheet.rows().size(),
                        sheet.residentWomenPresent(), sheet.residentMenPresent()))
                .table(List.of(french("council.csv.member"), french("council.csv.college"), french("council.csv.gender"),
                        french("council.csv.present"), french("casefile.pdf.attendance.signature")), rows, 3, 2, 1.3f, 1.3f, 2.4f)
                .signatures(List.of(french("casefile.pdf.sign.facilitator")))
                .toBytes();
        documents.storeGenerated(Council.CASE_TYPE, councilId, DocumentType.ATTENDANCE_SHEET, title,
                "emargement-" + sheet.meeting().getPlannedOn(), pdf, userId);
        redirect.addFlashAttribute("success", "casefile.pdf.generated");
        return "redirect:/councils/" + councilId + "/meetings/" + meetingId + "/attendance";
    }

    private String french(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }
}
