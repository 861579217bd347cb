package fr.parcours.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import javax.sql.DataSource;

/**
 * While the database is out of reach, every page answers 503 with a short page saying so (in French first) and
 * when to retry, instead of an error 500; the app recovers by itself when the database is back (the connection
 * pool reconnects). It sits before the session filter, which needs the database for every logged-in request.
 * The page is rendered on its own, without the layout, which would ask the session who is logged in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final DataSource dataSource;

    DatabaseUnavailableFilter(ITemplateEngine templates, LocaleResolver locales, DataSource dataSource) {
        this.templates = templates;
        this.locales = locales;
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // A connection lost in the middle of a request may surface as something else (a failed rollback on
            // the dead connection hides the cause): then whether the database answers now decides.
            if (response.isCommitted() || !(databaseUnavailable(e) || !databaseAnswers())) {
                throw e;
            }
            log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    e.getMessage());
            response.resetBuffer();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Context context = new Context(locales.resolveLocale(request));
            templates.process("error/unavailable", context, response.getWriter());
        }
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }

    /** Whether something in the causes says the database could not be reached (not a refused or wrong query). */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: the server shuts down or cannot connect now.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
