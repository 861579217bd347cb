package fr.parcours.dla.diagnostic.web;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casefile.CaseDocuments;
import fr.parcours.casefile.DocumentType;
import fr.parcours.casefile.PdfSheet;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.diagnostic.DiagnosticService;
import fr.parcours.dla.diagnostic.DiagnosticSummary;
import fr.parcours.dla.diagnostic.Interview;
import fr.parcours.dla.diagnostic.ThemeAssessment;
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
 * The shared diagnostic's summary as a PDF for the structure's leaders to sign: interviews, each theme's level,
 * strengths and weaknesses, the validation if recorded, and signature boxes; kept as a document of the case.
 */
@Controller
class DiagnosticPdfController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AccompanimentService accompaniments;
    private final DiagnosticService diagnostics;
    private final CaseDocuments documents;
    private final Scopes scopes;
    private final MessageSource messages;

    DiagnosticPdfController(AccompanimentService accompaniments, DiagnosticService diagnostics,
                            CaseDocuments documents, Scopes scopes, MessageSource messages) {
        this.accompaniments = accompaniments;
        this.diagnostics = diagnostics;
        this.documents = documents;
        this.scopes = scopes;
        this.messages = messages;
    }

    @PostMapping("/dla/accompaniments/{id}/diagnostic.pdf")
    String generate(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        Accompaniment accompaniment = accompaniments.visibleTo(id, scopes.of(authentication.getName()));
        DiagnosticSummary summary = diagnostics.summaryOf(id);
        String title = french("casefile.pdf.diagnostic.title");
        PdfSheet sheet = PdfSheet.titled(title, french("casefile.pdf.case",
                accompaniment.getOrganisation().getName(), accompaniment.getBusinessKey()));
        sheet.heading(french("diagnostic.interviews"));
        if (summary.interviews().isEmpty()) {
            sheet.paragraph(french("diagnostic.interviews.none"));
        }
        for (Interview interview : summary.interviews()) {
            sheet.line(interview.getHeldOn().format(DAY), interview.getParticipants()).paragraph(interview.getNotes());
        }
        sheet.heading(french("diagnostic.themes"));
        List<List<String>> rows = summary.themes().stream().map(this::row).toList();
        sheet.table(List.of(french("diagnostic.theme"), french("diagnostic.theme.level"),
                french("diagnostic.theme.strengths"), french("diagnostic.theme.weaknesses")), rows, 3, 1.4f, 3, 3);
        if (summary.validation() != null) {
            sheet.heading(french("diagnostic.validation"))
                    .paragraph(french("diagnostic.validation.summary", summary.validation().getValidatedOn().format(DAY),
                            summary.validation().getValidatedBy()))
                    .paragraph(summary.validation().getComments());
        }
        sheet.paragraph(french("casefile.pdf.diagnostic.statement"))
                .signatures(List.of(french("casefile.pdf.sign.structure"), french("casefile.pdf.sign.officer")));
        documents.storeGenerated(CaseEvent.ACCOMPANIMENT, id, DocumentType.DIAGNOSTIC_SUMMARY, title,
                "synthese-diagnostic-" + accompaniment.getBusinessKey(), sheet.toBytes(), authentication.getName());
        redirect.addFlashAttribute("success", "casefile.pdf.generated");
        return "redirect:/dla/accompaniments/" + id;
    }

    private List<String> row(ThemeAssessment theme) {
        return List.of(french("diagnostic.theme." + theme.getTheme()), french("diagnostic.level." + theme.getLevel()),
                theme.getStrengths() == null ? "" : theme.getStrengths(),
                theme.getWeaknesses() == null ? "" : theme.getWeaknesses());
    }

    private String french(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }
}
