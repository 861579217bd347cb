package fr.parcours.identity;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up a user's scope. A user without a recorded scope, or whose scope does not fit the groups they hold
 * (an account edited in Camunda Admin, say), sees nothing scoped: {@link ScopeMissingException}, answered
 * with the "account not set up" page.
 */
@Service
public class Scopes {

    private final UserScopeRepository repository;
    private final IdentityService identityService;

    Scopes(UserScopeRepository repository, IdentityService identityService) {
        this.repository = repository;
        this.identityService = identityService;
    }

    @Transactional(readOnly = true)
    public UserScope of(String userId) {
        UserScope scope = repository.findById(userId).orElseThrow(() -> new ScopeMissingException(userId));
        // The engine user of this request carries the groups read afresh for it (FreshGroupsFilter).
        Authentication current = identityService.getCurrentAuthentication();
        if (current != null && userId.equals(current.getUserId()) && current.getGroupIds() != null
                && !ScopeFit.fits(scope, current.getGroupIds())) {
            throw new ScopeMissingException(userId);
        }
        return scope;
    }

    /** The user's scope, if an administrator gave one (no exception, so no caller's transaction is spoilt). */
    @Transactional(readOnly = true)
    public Optional<UserScope> find(String userId) {
        return repository.findById(userId);
    }

    /** Raised when a user has no scope fit for their groups: they must be given one by an administrator. */
    public static class ScopeMissingException extends RuntimeException {
        ScopeMissingException(String userId) {
            super("No scope fit for the groups of user " + userId);
        }
    }

    /** Whether a scope and the groups a user holds agree, role by role; administrators fit any scope. */
    public static final class ScopeFit {

        private ScopeFit() {
        }

        public static boolean fits(UserScope scope, List<String> groupIds) {
            if (groupIds.contains(Groups.ADMINS)) {
                return true;
            }
            return groupIds.stream().anyMatch(group -> fits(scope, group, groupIds));
        }

        private static boolean fits(UserScope scope, String group, List<String> groupIds) {
            boolean noOrganisation = scope.getOrganisationId() == null;
            return switch (group) {
                case Groups.DLA_OFFICERS -> noOrganisation && scope.getDepartmentCode() != null
                        && scope.departmentCodes().stream().map(Groups::dlaOfficersOf).allMatch(groupIds::contains);
                case Groups.CONSULTANTS -> !noOrganisation
                        && groupIds.contains(Groups.consultantsOf(scope.getOrganisationId()));
                case Groups.COORDINATORS -> scope.isNational() || scope.isRegional()
                        && groupIds.contains(Groups.coordinatorsOf(scope.getRegionCode()));
                case Groups.FACILITATORS -> noOrganisation && scope.getRegionCode() != null;
                case Groups.AUDITORS -> noOrganisation && scope.getDepartmentCode() == null;
                default -> false;
            };
        }
    }
}
