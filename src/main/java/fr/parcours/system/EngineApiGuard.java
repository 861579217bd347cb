package fr.parcours.system;

import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API ({@code /engine-rest}) and the webapps' own API ({@code /camunda/api}, behind Tasklist and
 * Cockpit) are read-only for everyone but administrators. A change to a case goes through the app, which checks
 * the case's scope, validates the form, keeps the data in its tables and writes the audit trail; through the
 * engine's API a holder of a task could rewrite its variables, hand it to anyone or end its process.
 *
 * <p>Left to non-administrators, within their engine authorizations: GET, HEAD, OPTIONS, the POSTs that are
 * queries ({@link #QUERIES}), the webapps' login and logout, and a change of one's own password. Regional auditors read no engine history there
 * at all: their engine right to read history is not narrowed to their region, the app's audit pages are.
 */
public class EngineApiGuard extends OncePerRequestFilter {

    private static final String REST = "/engine-rest";
    private static final String WEBAPP_API = "/camunda/api";
    private static final String WEBAPP_AUTH = WEBAPP_API + "/admin/auth/";
    private static final String WEBAPP_COCKPIT = WEBAPP_API + "/cockpit/";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** The engine's resources below either API: the default engine's, or a named engine's. */
    private static final Pattern ENGINE_PATH = Pattern.compile(
            "^(?:" + REST + "(?:/engine/[^/]+)?|" + WEBAPP_API + "/engine/engine/[^/]+)(/.*)?$");

    /** The REST API's POST endpoints that only query (Camunda 7 REST reference: "Get List (POST)", "Get Count"). */
    static final Pattern QUERIES = Pattern.compile("^(?:"
            + "/(?:task|process-instance|execution|variable-instance|job|job-definition|external-task"
            + "|case-instance|case-execution|group)(?:/count)?"
            + "|/filter/[^/]+/(?:list|count|singleResult)"
            + "|/history/(?:activity-instance|case-instance|external-task-log|job-log|process-instance|task"
            + "|variable-instance)(?:/count)?"
            + "|/history/detail"
            + ")/?$");

    /** Camunda's own profile page changes one's password (the current one required): the app has no such page. */
    private static final Pattern OWN_PASSWORD = Pattern.compile("^/user/([^/]+)/credentials/?$");

    private final Scopes scopes;

    public EngineApiGuard(Scopes scopes) {
        this.scopes = scopes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = pathOf(request);
        return !(path.equals(REST) || path.startsWith(REST + "/") || path.startsWith(WEBAPP_API + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser user = authentication == null ? null : CurrentUser.of(authentication);
        if (user == null || user.isIn(Groups.ADMINS)) {
            // Strangers never get here (both chains require a login); administrators hold the engine's operations.
            chain.doFilter(request, response);
            return;
        }
        String path = pathOf(request);
        Matcher engine = ENGINE_PATH.matcher(path);
        String resource = engine.matches() ? (engine.group(1) == null ? "/" : engine.group(1)) : null;
        if (readsHistory(path, resource) && isRegionalAuditor(user)) {
            refuse(response, "Engine history is read in Parcours' audit pages, within your region.");
            return;
        }
        if (READ_METHODS.contains(request.getMethod()) || path.startsWith(WEBAPP_AUTH)
                || ("POST".equals(request.getMethod()) && resource != null && QUERIES.matcher(resource).matches())
                || ("PUT".equals(request.getMethod()) && resource != null && isOwnPassword(resource, user))) {
            chain.doFilter(request, response);
            return;
        }
        refuse(response, "The engine's API is read-only: changes go through Parcours.");
    }

    private static boolean isOwnPassword(String resource, CurrentUser user) {
        Matcher password = OWN_PASSWORD.matcher(resource);
        return password.matches() && password.group(1).equals(user.id());
    }

    private static boolean readsHistory(String path, String resource) {
        return path.startsWith(WEBAPP_COCKPIT) || (resource != null
                && (resource.equals("/history") || resource.startsWith("/history/")));
    }

    private boolean isRegionalAuditor(CurrentUser user) {
        if (!user.isIn(Groups.AUDITORS)) {
            return false;
        }
        try {
            return !scopes.of(user.id()).isNational();
        } catch (Scopes.ScopeMissingException e) {
            return true;
        }
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Camunda's own error shape, so REST clients read it like the engine's refusals.
        response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"" + message + "\"}");
    }

    /** The decoded path the servlets match, without the context path. */
    private static String pathOf(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
