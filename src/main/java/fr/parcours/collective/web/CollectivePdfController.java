package fr.parcours.collective.web;

import fr.parcours.casefile.CaseDocuments;
import fr.parcours.casefile.DocumentType;
import fr.parcours.casefile.PdfSheet;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.identity.Scopes;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A collective's cahier des charges as a PDF, once written, kept as a document of the collective. */
@Controller
class CollectivePdfController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CollectiveService collectives;
    private final CaseDocuments documents;
    private final Scopes scopes;
    private final MessageSource messages;

    CollectivePdfController(CollectiveService collectives, CaseDocuments documents, Scopes scopes,
                            MessageSource messages) {
        this.collectives = collectives;
        this.documents = documents;
        this.scopes = scopes;
        this.messages = messages;
    }

    @PostMapping("/collective/{id}/specifications.pdf")
    String specifications(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        CollectiveAccompaniment collective = collectives.visibleTo(id, scopes.of(authentication.getName()));
        if (collective.getSpecifications() == null) {
            throw new CaseNotFoundException(id);
        }
        String title = french("casefile.pdf.specifications.title", collective.getTitle());
        PdfSheet sheet = PdfSheet.titled(title, french("casefile.pdf.collective", collective.getBusinessKey(),
                collective.getRegionCode()));
        sheet.line(french("casefile.pdf.collective.period"), french("collective.period.value",
                collective.getStartDate().format(DAY), collective.plannedEnd().format(DAY)));
        if (collective.getMeetingNeeds() != null) {
            sheet.heading(french("casefile.pdf.collective.needs")).paragraph(collective.getMeetingNeeds());
        }
        sheet.heading(french("collective.specifications")).paragraph(collective.getSpecifications());
        documents.storeGenerated(CollectiveAccompaniment.CASE_TYPE, id, DocumentType.SPECIFICATIONS, title,
                "cahier-des-charges-" + collective.getBusinessKey(), sheet.toBytes(), authentication.getName());
        redirect.addFlashAttribute("success", "casefile.pdf.generated");
        return "redirect:/collective/" + id;
    }

    private String french(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }
}
