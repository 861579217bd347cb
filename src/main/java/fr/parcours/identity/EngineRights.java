package fr.parcours.identity;

import java.util.Collection;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine read without the current user's authorization checks, for reads the app has already
 * narrowed to the user's scope (task lists, a case file's next tasks). The engine's {@code impl} types stay
 * here, at the edge, so feature code only sees this class.
 */
@Component
public class EngineRights {

    private final IdentityService identityService;

    EngineRights(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The result of {@code scopedRead}, computed with no engine user; the current user is restored after. */
    public <T> T withoutUserChecks(Supplier<T> scopedRead) {
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return scopedRead.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }

    /** Whether the user belongs to one of these groups, whatever the user's own right to read groups. */
    public boolean isMemberOfAny(String userId, Collection<String> groupIds) {
        return !groupIds.isEmpty() && withoutUserChecks(() -> identityService.createGroupQuery().groupMember(userId)
                .groupIdIn(groupIds.toArray(String[]::new)).count() > 0);
    }
}
