package fr.parcours.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Verifies the chain and tells the outcome as a process exit code: 0 intact, 1 broken. */
@Component
public class AuditVerifyCommand {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);

    private final AuditChainVerifier verifier;

    AuditVerifyCommand(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    public int execute() {
        ChainReport report = verifier.verify();
        if (report.intact()) {
            log.info("Audit chain intact: {} records checked, last position {}, hash {}",
                    report.checked(), report.lastSeq(), report.lastHash());
            return INTACT;
        }
        ChainBreak broken = report.firstBreak();
        log.error("Audit chain BROKEN at position {} (audit_record id {}): {}; {} records checked before the break",
                broken.seq(), broken.id(), broken.reason(), report.checked());
        return BROKEN;
    }
}
