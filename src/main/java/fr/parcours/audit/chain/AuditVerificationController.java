package fr.parcours.audit.chain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chain check for auditors and administrators (SecurityConfiguration guards /audit/**). Read only:
 * running the check is a GET, since it changes nothing.
 */
@Controller
class AuditVerificationController {

    private final AuditChainVerifier verifier;
    private final AuditRetention retention;

    AuditVerificationController(AuditChainVerifier verifier, AuditRetention retention) {
        this.verifier = verifier;
        this.retention = retention;
    }

    @GetMapping("/audit/verification")
    String verification(@RequestParam(defaultValue = "false") boolean run, Model model) {
        if (run) {
            model.addAttribute("report", verifier.verify());
        }
        model.addAttribute("retention", retention.period());
        model.addAttribute("cutoffDate", LocalDate.ofInstant(retention.cutoff(), ZoneOffset.UTC));
        model.addAttribute("pastRetention", retention.recordsPastRetention());
        return "audit-chain/verification";
    }
}
