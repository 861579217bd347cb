package fr.parcours.council.activity.web;

import fr.parcours.casefile.CaseDocuments;
import fr.parcours.casefile.DocumentType;
import fr.parcours.casefile.PdfSheet;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.Council;
import fr.parcours.council.activity.ActivitySheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The activity-reporting sheet of a facilitator over a period as a PDF, kept as a document of every council it
 * covers that the user reaches (a sheet may span several councils). A period without activity makes no PDF.
 */
@Controller
class ActivityPdfController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ActivitySheetRequest request;
    private final CaseDocuments documents;
    private final MessageSource messages;

    ActivityPdfController(ActivitySheetRequest request, CaseDocuments documents, MessageSource messages) {
        this.request = request;
        this.documents = documents;
        this.messages = messages;
    }

    @PostMapping("/councils/activity/pdf")
    String generate(@RequestParam String facilitator,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    Authentication authentication, RedirectAttributes redirect) {
        String userId = authentication.getName();
        ActivitySheet sheet = request.require(facilitator, from, to, userId, new ExtendedModelMap());
        String back = UriComponentsBuilder.fromPath("/councils/activity").queryParam("facilitator", facilitator)
                .queryParam("from", sheet.from()).queryParam("to", sheet.to()).build().encode().toUriString();
        List<Long> councils = sheet.rows().stream().map(row -> row.activity().getCouncilId()).filter(Objects::nonNull)
                .distinct().toList();
        if (councils.isEmpty()) {
            redirect.addFlashAttribute("warning", "casefile.pdf.activity.empty");
            return "redirect:" + back;
        }
        String title = french("casefile.pdf.activity.title") + " : " + french("council.activity.heading",
                sheet.facilitatorName(), sheet.from().format(DAY), sheet.to().format(DAY));
        byte[] pdf = pdf(sheet, title);
        for (long councilId : councils) {
            try {
                documents.storeGenerated(Council.CASE_TYPE, councilId, DocumentType.ACTIVITY_SHEET, title,
                        "fiche-activite-" + sheet.from() + "-" + sheet.to(), pdf, userId);
            } catch (CaseNotFoundException outOfReach) {
                // A council the facilitator has since left keeps its history; the sheet goes to the others.
            }
        }
        redirect.addFlashAttribute("success", "casefile.pdf.generated");
        return "redirect:" + back;
    }

    private byte[] pdf(ActivitySheet sheet, String title) {
        PdfSheet pdf = PdfSheet.titled(title, null).heading(french("council.activity.total"))
                .table(List.of(french("council.activity.axis"), french("council.activity.hours"),
                        french("council.activity.actions")), sheet.axes().stream().map(axis -> List.of(
                        french("council.activity.axis." + axis.axis()), hours(axis.hours()),
                        String.valueOf(axis.actions()))).toList(), 4, 1, 1)
                .line(french("council.activity.total"), french("casefile.pdf.activity.totals",
                        hours(sheet.totalHours()), sheet.totalActions()))
                .heading(french("council.activity.detail"))
                .table(List.of(french("council.activity.date"), french("council.activity.council"),
                        french("council.activity.kind"), french("council.activity.hours"),
                        french("council.activity.description")), sheet.rows().stream().map(row -> List.of(
                        row.activity().getPerformedOn().format(DAY), row.councilName(),
                        french("council.activity.kind." + row.activity().getKind()), hours(row.activity().getHours()),
                        Objects.toString(row.activity().getDescription(), ""))).toList(), 1.3f, 2, 2, 0.8f, 3.5f);
        return pdf.signatures(List.of(french("council.activity.signature.facilitator"),
                french("council.activity.signature.coordinator"))).toBytes();
    }

    private static String hours(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private String french(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }
}
