package fr.parcours.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.audit.AuditEvents;
import fr.parcours.support.ParcoursIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The role the app serves with (its DataSource) cannot rewrite the audit trail at all: every statement below fails
 * on a permission check, before any trigger runs — unlike the owner, who could lift the triggers. It still writes
 * the other tables and appends records.
 */
@ParcoursIntegrationTest
class AuditPermissionsTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditOwnerDatabase owner;
    @Autowired
    AuditEvents events;

    private long id;

    @BeforeEach
    void writeARecord() {
        long caseId = events.newCase();
        events.record(caseId, "opened");
        id = (long) events.rows(caseId).get(0).get("id");
    }

    @Test
    void theAppServesWithAnotherRoleThanTheSchemaOwner() {
        String runtime = jdbc.queryForObject("select current_user", String.class);

        assertThat(runtime).isNotEqualTo(owner.jdbc().queryForObject("select current_user", String.class));
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("select pg_get_userbyid(relowner) from pg_class where oid = 'audit_record'::regclass",
                String.class)).isNotEqualTo(runtime);
        assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'act_ru_task'", String.class))
                .as("Camunda creates its own tables with the runtime connection").isEqualTo(runtime);
    }

    @Test
    void itCannotChangeRemoveOrTruncateRecords() {
        refused("update audit_record set details = 'rewritten' where id = " + id);
        refused("delete from audit_record where id = " + id);
        refused("truncate audit_record");
        refused("truncate audit_chain_anchor");
        refused("truncate audit_chain_keying");
    }

    @Test
    void itCannotLiftTheTriggersNorAlterTheAuditTables() {
        refused("alter table audit_record disable trigger audit_record_no_change");
        refused("alter table audit_record disable trigger all");
        refused("alter table audit_record owner to current_user");
        refused("alter table audit_chain_anchor disable trigger audit_chain_anchor_no_change");
        refused("drop trigger audit_record_no_change on audit_record");
        refused("create trigger audit_record_sneak before insert on audit_record for each row "
                + "execute function audit_record_append_only()");
        refused("set session_replication_role = replica");
    }

    @Test
    void itCannotWriteAnchorsNorMoveTheKeyedCutOver() {
        refused("insert into audit_chain_anchor (seq, hash, removed_at, records_removed) values (1, '"
                + AuditHash.GENESIS + "', now(), 1)");
        refused("update audit_chain_anchor set seq = seq + 1");
        refused("insert into audit_chain_keying (from_seq) values (1)");
        refused("update audit_chain_keying set from_seq = from_seq + 1000");
        refused("delete from audit_chain_keying");
    }

    @Test
    void itKeepsItsOrdinaryRightsElsewhere() {
        assertThat(jdbc.queryForObject("""
                select bool_and(has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE'))
                  from pg_class c
                 where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
                   and c.relname not in ('audit_record', 'audit_chain_anchor', 'audit_chain_keying',
                                         'flyway_schema_history')""", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("select has_table_privilege('audit_record', 'INSERT')", Boolean.class)).isTrue();
        assertThat(jdbc.queryForList("select c.relname from pg_class c where c.relkind = 'S' and c.relnamespace = "
                + "current_schema()::regnamespace and not (case when c.relkind = 'S' then has_sequence_privilege(c.oid, "
                + "'USAGE') else true end)", String.class))
                .isEmpty();
    }

    private void refused(String statement) {
        assertThatThrownBy(() -> jdbc.execute(statement)).as(statement)
                .isInstanceOf(DataAccessException.class).rootCause()
                .satisfies(cause -> assertThat(List.of("permission denied", "must be owner", "must be superuser"))
                        .anySatisfy(message -> assertThat(cause.getMessage()).contains(message)));
    }
}
