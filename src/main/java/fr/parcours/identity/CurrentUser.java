package fr.parcours.identity;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The logged-in user as the app and the engine see it: an id and the groups it belongs to. */
public record CurrentUser(String id, List<String> groupIds) {

    public static CurrentUser of(Authentication authentication) {
        String prefix = Groups.authority("");
        List<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(prefix))
                .map(authority -> authority.substring(prefix.length()))
                .toList();
        return new CurrentUser(authentication.getName(), groups);
    }

    public boolean isIn(String groupId) {
        return groupIds.contains(groupId);
    }
}
