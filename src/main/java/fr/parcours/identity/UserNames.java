package fr.parcours.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Full names of users for display ("Camille Roux" rather than "camille.roux"), in one identity query.
 * Names are read without the viewer's engine rights: the viewer already may see the page that names them.
 * An id with no user behind it (a removed account, the engine itself) is shown as it is.
 */
@Component
public class UserNames {

    private static final Duration KEPT = Duration.ofMinutes(5);
    private static final int MAX_CACHED = 10_000;

    private final IdentityService identityService;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String name, Instant until) {
    }

    UserNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * One user's full name, for templates ({@code ${#users.name(e.actor)}}): timelines, histories, PVs.
     * Names are kept a few minutes, so a long page asks the identity service once per person.
     */
    public String name(String userId) {
        if (userId == null) {
            return null;
        }
        Instant now = Instant.now();
        Cached cached = cache.get(userId);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.name();
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        String name = of(List.of(userId)).getOrDefault(userId, userId);
        cache.put(userId, new Cached(name, now.plus(KEPT)));
        return name;
    }

    /** Forgets a cached name: the person was renamed. */
    public void forget(String userId) {
        cache.remove(userId);
    }

    public Map<String, String> of(Collection<String> userIds) {
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> names = new HashMap<>();
        if (ids.length == 0) {
            return names;
        }
        Authentication viewer = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            for (User user : identityService.createUserQuery().userIdIn(ids).list()) {
                names.put(user.getId(), fullName(user));
            }
        } finally {
            if (viewer != null) {
                identityService.setAuthentication(viewer);
            }
        }
        return names;
    }

    private static String fullName(User user) {
        String name = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
