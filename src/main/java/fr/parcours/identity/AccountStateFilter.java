package fr.parcours.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a logged-in session (the app, Tasklist, Cockpit): a deactivated person's session ends at
 * once, and a person holding a temporary password is sent to the page that replaces it before anything else.
 */
public class AccountStateFilter extends OncePerRequestFilter {

    /** Where a person with a temporary password chooses their own. */
    public static final String CHANGE_PASSWORD_PATH = "/profile/password";
    private static final List<String> OPEN_PATHS = List.of("/webjars/", "/css/", "/js/", "/favicon.ico",
            CHANGE_PASSWORD_PATH, "/logout", "/login", "/error");

    private final AccountStates states;

    public AccountStateFilter(AccountStates states) {
        this.states = states;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current instanceof UsernamePasswordAuthenticationToken && current.isAuthenticated()) {
            AccountStates.State state = states.of(current.getName());
            if (state == AccountStates.State.DEACTIVATED) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?logout");
                return;
            }
            if (state == AccountStates.State.PASSWORD_CHANGE_REQUIRED) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_PATHS.stream().anyMatch(path::startsWith);
    }
}
