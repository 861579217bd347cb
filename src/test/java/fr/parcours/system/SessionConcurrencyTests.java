package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.support.ParcoursIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** Two requests of one session (two tabs, or two nodes) that both add the same attribute: the last one wins, no 500. */
@ParcoursIntegrationTest
class SessionConcurrencyTests {

    @Autowired
    JdbcIndexedSessionRepository repository;

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void twoRequestsOfOneSessionAddingTheSameAttributeBothSave() {
        org.springframework.session.SessionRepository sessions = repository;
        Session created = (Session) sessions.createSession();
        sessions.save(created);
        Session first = (Session) sessions.findById(created.getId());
        Session second = (Session) sessions.findById(created.getId());

        first.setAttribute("csrf-token", "from the first tab");
        second.setAttribute("csrf-token", "from the second tab");
        sessions.save(first);
        sessions.save(second);

        Session stored = (Session) sessions.findById(created.getId());
        assertThat((String) stored.getAttribute("csrf-token")).isEqualTo("from the second tab");
        sessions.deleteById(created.getId());
    }
}
