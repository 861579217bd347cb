package fr.parcours.audit.web;

import fr.parcours.audit.history.AuditExport;
import fr.parcours.audit.history.AuditSearchService;
import fr.parcours.dla.Phase;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Searches the history of every case in the auditor's scope, and exports a result as streamed CSV. */
@Controller
class AuditSearchController {

    private final AuditSearchService searches;
    private final AuditExport export;
    private final Scopes scopes;

    AuditSearchController(AuditSearchService searches, AuditExport export, Scopes scopes) {
        this.searches = searches;
        this.export = export;
        this.scopes = scopes;
    }

    @GetMapping("/audit/search")
    String search(@ModelAttribute("form") AuditSearchFormData form, BindingResult errors,
                  Authentication authentication, Model model) {
        model.addAttribute("phases", Phase.values());
        if (!errors.hasErrors()) {
            model.addAttribute("result",
                    searches.search(form.toSearch(), scopes.of(authentication.getName()), form.getPage()));
        }
        return "audit/search";
    }

    @GetMapping("/audit/search.csv")
    ResponseEntity<StreamingResponseBody> exportCsv(@ModelAttribute("form") AuditSearchFormData form,
                                                    BindingResult errors, Authentication authentication) {
        if (errors.hasErrors()) {
            return ResponseEntity.badRequest().build();
        }
        // Resolved now, on the request thread: the body is written later, on another thread.
        UserScope scope = scopes.of(authentication.getName());
        StreamingResponseBody body = out -> export.write(form.toSearch(), scope, out);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("historique-audit.csv").build().toString())
                .body(body);
    }
}
