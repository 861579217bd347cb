package fr.parcours.budget;

import fr.parcours.identity.UserScope;

/** Who may read and who may change a budget, from the user's scope and the budget's territory. */
final class BudgetTerritory {

    private BudgetTerritory() {
    }

    /** Read: the scope covers the territory (a department's officers their department, a region's people all of it). */
    static boolean readable(UserScope scope, String regionCode, String departmentCode) {
        return scope.covers(regionCode, departmentCode);
    }

    /**
     * Change: a departmental DLA's budget by the officers of its department, a regional DLA's or a collective's by
     * the region's coordinators, anything by a national scope. The role is checked by the URL rules.
     */
    static boolean writable(UserScope scope, String regionCode, String departmentCode) {
        if (scope.isNational()) {
            return true;
        }
        if (departmentCode != null) {
            return departmentCode.equals(scope.getDepartmentCode());
        }
        return scope.isRegional() && regionCode.equals(scope.getRegionCode());
    }
}
