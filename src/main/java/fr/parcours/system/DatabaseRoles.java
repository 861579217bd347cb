package fr.parcours.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After every migration run, as the schema owner (Flyway's connection): grants the runtime role the app serves
 * with its rights (parcours_grant_runtime_role, migration V46), then checks from the runtime connection that it
 * cannot rewrite the audit trail. A single role for both (the owner serving, or a superuser) leaves the trail only
 * tamper-evident: a warning, and in the prod profile a refusal to start unless PARCOURS_AUDIT_SINGLE_ROLE=true
 * says it is meant.
 */
@Component
class DatabaseRoles implements Callback {

    /** Key of the advisory lock that keeps nodes starting together from granting at once ("PARCROLE"). */
    static final long GRANT_LOCK = 0x50415243524F4C45L;
    static final String CAN_REWRITE_AUDIT = """
            select r.rolsuper
                or pg_has_role(current_user, c.relowner, 'MEMBER')
                or has_table_privilege(c.oid, 'UPDATE, DELETE, TRUNCATE, TRIGGER')
                or has_table_privilege('audit_chain_anchor', 'INSERT, UPDATE, DELETE, TRUNCATE, TRIGGER')
              from pg_roles r, pg_class c
             where r.rolname = current_user and c.oid = 'audit_record'::regclass""";
    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

    private final DataSource runtime;
    private final Environment environment;

    DatabaseRoles(DataSource runtime, Environment environment) {
        this.runtime = runtime;
        this.environment = environment;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        JdbcTemplate runtimeJdbc = new JdbcTemplate(runtime);
        String runtimeRole = runtimeJdbc.queryForObject("select current_user", String.class);
        try {
            grant(context.getConnection(), runtimeRole);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the runtime role " + runtimeRole + " its rights", e);
        }
        if (Boolean.TRUE.equals(runtimeJdbc.queryForObject(CAN_REWRITE_AUDIT, Boolean.class))) {
            singleRole(runtimeRole);
        }
    }

    private static void grant(Connection owner, String runtimeRole) throws SQLException {
        try (Statement statement = owner.createStatement();
             ResultSet who = statement.executeQuery("select current_user")) {
            who.next();
            if (who.getString(1).equals(runtimeRole)) {
                return;
            }
            statement.execute("select pg_advisory_lock(" + GRANT_LOCK + ")");
            try (PreparedStatement call = owner.prepareStatement("select parcours_grant_runtime_role(?)")) {
                call.setString(1, runtimeRole);
                call.execute();
            } finally {
                statement.execute("select pg_advisory_unlock(" + GRANT_LOCK + ")");
            }
        }
    }

    void singleRole(String runtimeRole) {
        boolean meant = environment.getProperty("parcours.audit.single-role", Boolean.class, false);
        if (environment.acceptsProfiles(Profiles.of("prod")) && !meant) {
            throw new IllegalStateException("The app's database user " + runtimeRole + " can rewrite the audit trail "
                    + "(it owns the schema or is a superuser). Give Flyway and the audit purge the owner's credentials "
                    + "(PARCOURS_DB_OWNER_USERNAME/PASSWORD) and serve with a runtime role (SPRING_DATASOURCE_USERNAME/"
                    + "PASSWORD), see README; or set PARCOURS_AUDIT_SINGLE_ROLE=true to accept a trail that is only "
                    + "tamper-evident.");
        }
        log.warn("Single database role: {} serves the app and can rewrite the audit trail, which is then only "
                + "tamper-evident (the keyed chain shows changes), not tamper-proof. Use two roles, see README.",
                runtimeRole);
    }

    @Override
    public String getCallbackName() {
        return "database-roles";
    }
}
