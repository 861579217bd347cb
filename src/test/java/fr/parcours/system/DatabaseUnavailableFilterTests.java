package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.support.ParcoursIntegrationTest;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Without its database the app answers a French 503 page, never a 500; other failures pass through untouched. */
@ParcoursIntegrationTest
class DatabaseUnavailableFilterTests {

    @Autowired
    DatabaseUnavailableFilter filter;
    @Autowired
    ITemplateEngine templates;
    @Autowired
    LocaleResolver locales;

    @Test
    void aLostDatabaseAnswersTheFrench503Page() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/"), response, (request, ignored) -> {
            throw new ServletException(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("parcours - Connection is not available")));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseUnavailableFilter.RETRY_AFTER_SECONDS);
        assertThat(response.getContentAsString()).contains("Parcours est momentanément indisponible")
                .contains("lang=\"fr\"");
    }

    @Test
    void aServerShuttingDownCountsAsUnavailable() {
        assertThat(DatabaseUnavailableFilter.databaseUnavailable(new IllegalStateException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailableFilter.databaseUnavailable(new IllegalStateException(
                new SQLException("Connection refused", "08001")))).isTrue();
    }

    @Test
    void otherFailuresAreNotTurnedInto503() {
        DataIntegrityViolationException duplicate = new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(DatabaseUnavailableFilter.databaseUnavailable(duplicate)).isFalse();
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("POST", "/"), new MockHttpServletResponse(),
                (request, response) -> {
                    throw duplicate;
                })).isSameAs(duplicate);
    }

    @Test
    void aFailureHidingTheLostConnectionIsA503WhenTheDatabaseDoesNotAnswer() throws Exception {
        // A rollback on a connection that died mid-request: the cause says nothing of the network.
        JpaSystemException hidden = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        DatabaseUnavailableFilter withoutDatabase = new DatabaseUnavailableFilter(templates, locales,
                new DriverManagerDataSource("jdbc:postgresql://localhost:1/parcours"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        withoutDatabase.doFilter(new MockHttpServletRequest("GET", "/"), response, (request, ignored) -> {
            throw hidden;
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                (request, ignored) -> {
                    throw hidden;
                })).as("the same failure with the database answering is a real error").isSameAs(hidden);
    }
}
