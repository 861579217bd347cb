package fr.parcours.audit.chain;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schema owner's connection, the one Flyway migrates with (spring.flyway.user/password, or the embedded
 * database's owner): the administrator's audit commands run with it, since only the owner may lift the
 * append-only trigger and write anchors. In a single-role setup it is the app's own connection.
 */
@Component
public class AuditOwnerDatabase {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate snapshot;

    AuditOwnerDatabase(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(manager);
        this.snapshot = new TransactionTemplate(manager);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Read-write transactions as the owner (joined when one is already running on this thread). */
    public TransactionTemplate transactions() {
        return transactions;
    }

    /** A read-only repeatable-read transaction: one consistent view of the chain. */
    TransactionTemplate snapshot() {
        return snapshot;
    }
}
