package fr.parcours.audit.web;

import fr.parcours.audit.history.CaseHistoryService;
import fr.parcours.audit.history.CaseKinds;
import fr.parcours.audit.history.DiagramData;
import fr.parcours.identity.Scopes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Auditors read one case (accompaniment, collective, council or council cycle)'s whole history; outside their scope a case answers 404. Read-only. */
@Controller
@RequestMapping("/audit/{kind:cases|collectives|council-cycles|councils}/{id}")
class CaseHistoryController {

    private final CaseHistoryService histories;
    private final CaseKinds kinds;
    private final Scopes scopes;

    CaseHistoryController(CaseHistoryService histories, CaseKinds kinds, Scopes scopes) {
        this.histories = histories;
        this.kinds = kinds;
        this.scopes = scopes;
    }

    @GetMapping
    String show(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "false") boolean print,
                Authentication authentication, Model model) {
        model.addAttribute("history", histories.history(kinds.ofPath(kind, id), id, scopes.of(authentication.getName())));
        model.addAttribute("print", print);
        return "audit/case-history";
    }

    @GetMapping(path = "/diagram-data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    DiagramData diagramData(@PathVariable String kind, @PathVariable long id, Authentication authentication) {
        return histories.diagramData(kinds.ofPath(kind, id), id, scopes.of(authentication.getName()));
    }

    @GetMapping("/diagram.bpmn")
    ResponseEntity<byte[]> diagram(@PathVariable String kind, @PathVariable long id, Authentication authentication) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .body(histories.diagramXml(kinds.ofPath(kind, id), id, scopes.of(authentication.getName())));
    }
}
