package fr.parcours.identity;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the current user's authorization checks, for what the app has already narrowed
 * to the user's scope: reads (task lists, a case file's next tasks) and the app's own engine steps that no
 * user holds a right to take directly (starting a case's process, handing a task back). The engine's
 * {@code impl} types stay here, at the edge, so feature code only sees this class.
 */
@Component
public class EngineRights {

    private final IdentityService identityService;

    EngineRights(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The result of {@code scopedCall}, computed with no engine user; the current user is restored after. */
    public <T> T withoutUserChecks(Supplier<T> scopedCall) {
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return scopedCall.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }

    /** The user the engine acts for in this thread (a request's user, or whom the app runs a step as), or null. */
    public String currentUserId() {
        Authentication current = identityService.getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    /** Whether the user belongs to one of these groups, whatever the user's own right to read groups. */
    public boolean isMemberOfAny(String userId, Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return false;
        }
        // The engine user of this request carries the groups read afresh for it (FreshGroupsFilter): no query.
        Authentication current = identityService.getCurrentAuthentication();
        if (current != null && userId.equals(current.getUserId()) && current.getGroupIds() != null) {
            return current.getGroupIds().stream().anyMatch(groupIds::contains);
        }
        return withoutUserChecks(() -> identityService.createGroupQuery().groupMember(userId)
                .groupIdIn(groupIds.toArray(String[]::new)).count() > 0);
    }

    /** The user's groups, whatever the user's own right to read groups (no query for this request's user). */
    public List<String> groupIdsOf(String userId) {
        Authentication current = identityService.getCurrentAuthentication();
        if (current != null && userId.equals(current.getUserId()) && current.getGroupIds() != null) {
            return List.copyOf(current.getGroupIds());
        }
        return withoutUserChecks(() -> identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
    }
}
