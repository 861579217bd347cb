package fr.parcours.dla.diagnostic.web;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.diagnostic.DiagnosticSummaryPdf;
import fr.parcours.identity.Scopes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shared diagnostic's summary as a PDF for the structure's leaders to sign, kept as a document of the case. */
@Controller
class DiagnosticPdfController {

    private final AccompanimentService accompaniments;
    private final DiagnosticSummaryPdf pdf;
    private final Scopes scopes;

    DiagnosticPdfController(AccompanimentService accompaniments, DiagnosticSummaryPdf pdf, Scopes scopes) {
        this.accompaniments = accompaniments;
        this.pdf = pdf;
        this.scopes = scopes;
    }

    @PostMapping("/dla/accompaniments/{id}/diagnostic.pdf")
    String generate(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        Accompaniment accompaniment = accompaniments.visibleTo(id, scopes.of(authentication.getName()));
        pdf.store(accompaniment, authentication.getName());
        redirect.addFlashAttribute("success", "casefile.pdf.generated");
        return "redirect:/dla/accompaniments/" + id;
    }
}
