package fr.parcours.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The administrator's commands on the audit chain, with their process exit codes: 0 done, 1 broken chain. */
@Component
public class AuditCommands {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    private static final Logger log = LoggerFactory.getLogger(AuditCommands.class);

    private final AuditChainVerifier verifier;
    private final AuditPurge purge;
    private final AuditRetention retention;
    private final AuditOwnerDatabase owner;

    AuditCommands(AuditChainVerifier verifier, AuditPurge purge, AuditRetention retention, AuditOwnerDatabase owner) {
        this.verifier = verifier;
        this.purge = purge;
        this.retention = retention;
        this.owner = owner;
    }

    /** Verifies with the owner's connection, like the purge (the same credentials run both commands). */
    public int verify() {
        ChainReport report = owner.snapshot().execute(status -> verifier.verifyWith(owner.jdbc()));
        if (report.intact()) {
            log.info("Audit chain intact: {} records checked from position {}, last position {}, hash {}; keyed "
                            + "hashes from position {}", report.checked(), report.anchorSeq(), report.lastSeq(),
                    report.lastHash(), report.keyedFrom());
            return INTACT;
        }
        logBreak(report);
        return BROKEN;
    }

    /** Removes the records past the retention period, if the chain is intact. */
    public int purge() {
        AuditPurge.Outcome outcome = purge.purge();
        if (outcome.refused() != null) {
            logBreak(outcome.refused());
            log.error("Nothing removed: a broken chain is kept as evidence");
            return BROKEN;
        }
        log.info("Audit retention {}: {} records removed; the chain now starts after position {}",
                retention.period(), outcome.removed(), outcome.anchorSeq());
        return INTACT;
    }

    private static void logBreak(ChainReport report) {
        ChainBreak broken = report.firstBreak();
        if (broken.reason() == ChainBreak.Reason.WRONG_KEY) {
            log.error("Audit chain BROKEN: the configured PARCOURS_AUDIT_KEY is not the key that sealed the chain "
                    + "(keyed from position {}); check the key, else the cut-over was forged", broken.seq());
            return;
        }
        log.error("Audit chain BROKEN at position {} (row id {}): {}; {} records checked before the break",
                broken.seq(), broken.id(), broken.reason(), report.checked());
    }
}
