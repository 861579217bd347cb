package fr.parcours.budget;

import fr.parcours.identity.Role;
import fr.parcours.identity.UserAccount;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.DlaOperatorRegistry;
import fr.parcours.organisation.DlaOperatorRegistry.DlaOperator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which DLA operators' budgets a user reaches. An officer reads and manages those of the operator they work for (their
 * employer in the DLA operator registry); a regional coordinator or auditor reads every operator of their region;
 * a national scope reads and manages all. Anyone else reaches none.
 */
@Component
public class OperatorReach {

    private final UserAccounts accounts;
    private final DlaOperatorRegistry registry;

    OperatorReach(UserAccounts accounts, DlaOperatorRegistry registry) {
        this.accounts = accounts;
        this.registry = registry;
    }

    /** The DLA operator an active officer works for, if they are recorded as working for one. */
    public Optional<DlaOperator> workedForBy(String userId) {
        return accounts.accountOf(userId).filter(account -> account.getRole() == Role.OFFICER && account.isActive())
                .map(UserAccount::getEmployerOrganisationId).flatMap(registry::find);
    }

    /** What one scope reaches, read once for a whole page. */
    Reach of(UserScope scope) {
        if (scope.isNational()) {
            return new Reach(true, null, null);
        }
        if (scope.isRegional()) {
            return new Reach(false, scope.getRegionCode(), null);
        }
        if (isOfficerScope(scope)) {
            return new Reach(false, null, workedForBy(scope.getUserId()).map(DlaOperator::id).orElse(null));
        }
        return new Reach(false, null, null);
    }

    /**
     * An officer recorded as working for no registered DLA operator: they reach no operator's budget, and are told
     * why rather than shown an empty page.
     */
    public boolean lacksOperator(UserScope scope) {
        return isOfficerScope(scope) && workedForBy(scope.getUserId()).isEmpty();
    }

    private static boolean isOfficerScope(UserScope scope) {
        return scope.getDepartmentCode() != null && scope.getOrganisationId() == null;
    }

    /** A national reader; a region's reader ({@code regionCode}); or an operator's officer ({@code operatorId}). */
    record Reach(boolean national, String regionCode, Long operatorId) {

        boolean reads(Long operator, String operatorRegion) {
            return national || (regionCode != null && regionCode.equals(operatorRegion))
                    || (operatorId != null && operatorId.equals(operator));
        }

        boolean manages(Long operator) {
            return national || (operatorId != null && operatorId.equals(operator));
        }
    }
}
