package fr.parcours.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fr.parcours.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** MockMvc logins as real (demo) users, with the groups Camunda's identity service gives them. */
@Component
public class Logins {

    private final IdentityService identityService;

    Logins(IdentityService identityService) {
        this.identityService = identityService;
    }

    public RequestPostProcessor as(String userId) {
        String[] authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).map(Groups::authority).toArray(String[]::new);
        return user(userId).authorities(java.util.Arrays.stream(authorities)
                .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new).toList());
    }
}
