package fr.parcours.budget;

import fr.parcours.identity.UserScope;

/**
 * Who may read and who may change a collective's budget, from the user's scope and the collective's region. DLA
 * operators' budgets follow {@link OperatorReach}.
 */
final class BudgetTerritory {

    private BudgetTerritory() {
    }

    /** Read: the region's people (coordinators, regional auditors), and national scopes. */
    static boolean readable(UserScope scope, String regionCode) {
        return scope.covers(regionCode, null);
    }

    /** Change: the region's coordinators and national scopes. The role is checked by the URL rules. */
    static boolean writable(UserScope scope, String regionCode) {
        return scope.isNational() || (scope.isRegional() && regionCode.equals(scope.getRegionCode()));
    }
}
