package fr.parcours.identity;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks logins, from the form and from HTTP Basic on /engine-rest alike, against Camunda's identity
 * service, the one user base of the app and of Camunda's webapps. Attempts are throttled per client
 * address and per account ({@link LoginThrottle}). A wrong password, an unknown user, a throttled attempt
 * and an account the engine locked all end in the same {@link BadCredentialsException}, so that the answer
 * never tells whether an account exists. A deactivated account is refused the same way.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(CamundaIdentityAuthenticationProvider.class);

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final Passwords passwords;
    private final AccountStates states;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle, Passwords passwords,
                                          AccountStates states) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.passwords = passwords;
        this.states = states;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw refused();
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<LoginThrottle.Attempt> attempt = throttle.begin(address, userId);
        if (attempt.isEmpty()) {
            // No password check: the answer would be the same, and a flood must not cost us hashing time.
            log.info("Login of '{}' from {} refused: too many failures", userId, address);
            throw refused();
        }
        if (!passwords.matches(userId, credentials.toString())) {
            attempt.get().failed();
            throw refused();
        }
        // A deactivated person gets the answer of a wrong password, in the app, Tasklist and the REST API alike.
        if (!states.isActive(userId)) {
            log.info("Login of deactivated account '{}' refused", userId);
            attempt.get().failed();
            throw refused();
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream()
                .map(Group::getId)
                .map(Groups::authority)
                .map(SimpleGrantedAuthority::new)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("Bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
