package fr.parcours.audit.web;

import fr.parcours.audit.history.AuditExport;
import fr.parcours.audit.history.AuditSearchService;
import fr.parcours.audit.history.CaseKinds;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Searches the history of every case in the auditor's scope, and exports a result as streamed CSV. */
@Controller
class AuditSearchController {

    private final AuditSearchService searches;
    private final AuditExport export;
    private final CaseKinds kinds;
    private final Scopes scopes;

    AuditSearchController(AuditSearchService searches, AuditExport export, CaseKinds kinds, Scopes scopes) {
        this.searches = searches;
        this.export = export;
        this.kinds = kinds;
        this.scopes = scopes;
    }

    @GetMapping("/audit/search")
    String search(@ModelAttribute("form") AuditSearchFormData form, BindingResult errors,
                  Authentication authentication, Model model) {
        model.addAttribute("phases", kinds.searchPhases());
        if (!errors.hasErrors()) {
            model.addAttribute("result",
                    searches.search(form.toSearch(), scopes.of(authentication.getName()), form.getPage()));
        }
        return "audit/search";
    }

    /**
     * Written straight to the response as rows are read, on the request thread: an async body would be cut
     * by the container's async timeout on a large export, and nothing here needs a second thread.
     */
    @GetMapping("/audit/search.csv")
    void exportCsv(@ModelAttribute("form") AuditSearchFormData form, BindingResult errors,
                   Authentication authentication, HttpServletResponse response) throws IOException {
        if (errors.hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        UserScope scope = scopes.of(authentication.getName());
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("historique-audit.csv").build().toString());
        export.write(form.toSearch(), scope, response.getOutputStream());
    }
}
