package fr.parcours.audit.web;

import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import java.util.List;

/** An auditor whose scope is the Hauts-de-France region (32) only: Nice cases (region 93) are not theirs. */
final class AuditUsers {

    static final String REGIONAL_AUDITOR = "audrey.regionale";

    static String regionalAuditor(UserAccounts accounts) {
        accounts.createIfMissing(REGIONAL_AUDITOR, "Audrey", "Régionale", "parcours-audit-32",
                List.of(Groups.AUDITORS), UserScope.region(REGIONAL_AUDITOR, "32"));
        return REGIONAL_AUDITOR;
    }

    private AuditUsers() {
    }
}
