package fr.parcours.dla.diagnostic;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casefile.CaseDocument;
import fr.parcours.casefile.CaseDocuments;
import fr.parcours.casefile.DocumentType;
import fr.parcours.casefile.PdfSheet;
import fr.parcours.dla.Accompaniment;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared diagnostic's summary as a PDF for the structure's leaders to sign: interviews, each theme's level,
 * strengths and weaknesses, the validation if recorded, and signature boxes; kept as the next version of the case's
 * diagnostic summary. Callers have checked the user's reach on the case.
 */
@Component
public class DiagnosticSummaryPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DiagnosticService diagnostics;
    private final CaseDocuments documents;
    private final MessageSource messages;

    DiagnosticSummaryPdf(DiagnosticService diagnostics, CaseDocuments documents, MessageSource messages) {
        this.diagnostics = diagnostics;
        this.documents = documents;
        this.messages = messages;
    }

    @Transactional
    public CaseDocument store(Accompaniment accompaniment, String userId) {
        DiagnosticSummary summary = diagnostics.summaryOf(accompaniment.getId());
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
        return documents.storeGenerated(CaseEvent.ACCOMPANIMENT, accompaniment.getId(), DocumentType.DIAGNOSTIC_SUMMARY,
                title, "synthese-diagnostic-" + accompaniment.getBusinessKey(), sheet.toBytes(), userId);
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
