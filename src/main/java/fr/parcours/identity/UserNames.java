package fr.parcours.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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

    private final IdentityService identityService;

    UserNames(IdentityService identityService) {
        this.identityService = identityService;
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
