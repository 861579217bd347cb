package fr.parcours.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request the groups the identity service holds now, not those read at login: a facilitator removed
 * from a council, or a user whose groups an admin changed, loses (or gains) the groups' tasks and pages on the next
 * request, on whichever node serves it. One indexed query per page; the session is rewritten only on a change.
 */
public class FreshGroupsFilter extends OncePerRequestFilter {

    private static final List<String> STATIC_PATHS = List.of("/webjars/", "/css/", "/js/", "/favicon.ico");

    private final IdentityService identityService;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    public FreshGroupsFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current instanceof UsernamePasswordAuthenticationToken && current.isAuthenticated()) {
            Set<GrantedAuthority> fresh = Stream.concat(
                    current.getAuthorities().stream().filter(authority -> !isGroup(authority)),
                    identityService.createGroupQuery().groupMember(current.getName()).list().stream()
                            .map(Group::getId).map(Groups::authority).map(SimpleGrantedAuthority::new))
                    .collect(Collectors.toSet());
            if (!fresh.equals(Set.copyOf(current.getAuthorities()))) {
                UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
                        current.getPrincipal(), current.getCredentials(), fresh);
                refreshed.setDetails(current.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(refreshed);
                SecurityContextHolder.setContext(context);
                if (request.getSession(false) != null) {
                    contexts.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isGroup(GrantedAuthority authority) {
        return authority.getAuthority().startsWith(Groups.authority(""));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PATHS.stream().anyMatch(path::startsWith);
    }
}
