package fr.parcours.identity;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a person may log in and whether they must first choose a new password: one indexed read, done at every
 * login and on every request of a session (a person deactivated while logged in is out at their next click).
 * A user with no account row (demo users, the first administrator) is active with nothing to change.
 */
@Component
public class AccountStates {

    private final JdbcTemplate jdbc;

    AccountStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public enum State { ACTIVE, PASSWORD_CHANGE_REQUIRED, DEACTIVATED }

    public State of(String userId) {
        List<State> found = jdbc.query("select active, password_change_required from user_account where user_id = ?",
                (row, n) -> !row.getBoolean(1) ? State.DEACTIVATED
                        : row.getBoolean(2) ? State.PASSWORD_CHANGE_REQUIRED : State.ACTIVE, userId);
        return found.isEmpty() ? State.ACTIVE : found.get(0);
    }

    public boolean isActive(String userId) {
        return of(userId) != State.DEACTIVATED;
    }
}
