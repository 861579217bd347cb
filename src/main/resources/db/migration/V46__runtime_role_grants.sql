-- Two database roles (README, "Audit trail and retention"). The schema owner runs these migrations and the
-- audit purge; the runtime role the app serves with gets the ordinary DML rights on the app's tables, but may
-- only read and append to the audit trail: no UPDATE, DELETE, TRUNCATE or TRIGGER on it, no anchor inserts, and
-- as a non-owner it cannot ALTER the audit tables (so cannot disable their triggers).
--
-- The runtime role's name is configuration (spring.datasource.username), not known to the migration: the app
-- calls this function as the owner after every migration run (system/RuntimeRoleGrants), so a runtime role
-- created later, the ACT_* tables an owner created before the split, and the tables of later migrations are all
-- covered; the default privileges below cover tables created by the owner in between. Idempotent.
create function parcours_grant_runtime_role(p_role name) returns void language plpgsql as $$
declare
    audit_tables constant text[] := array['audit_record', 'audit_chain_anchor', 'audit_chain_keying',
                                          'flyway_schema_history'];
    t record;
begin
    -- CREATE: the Camunda engine creates and upgrades its ACT_* tables itself, with the runtime connection.
    execute format('grant usage, create on schema %I to %I', current_schema(), p_role);
    for t in select c.relname, c.relkind from pg_class c
              where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
                and c.relowner = (select oid from pg_roles where rolname = current_user) loop
        if t.relname = any (audit_tables) then
            execute format('revoke all on table %I from %I', t.relname, p_role);
            execute format('grant select on table %I to %I', t.relname, p_role);
        elsif t.relkind = 'S' then
            execute format('grant usage, select on sequence %I to %I', t.relname, p_role);
        elsif t.relkind in ('v', 'm') then
            execute format('grant select on table %I to %I', t.relname, p_role);
        else
            execute format('grant select, insert, update, delete on table %I to %I', t.relname, p_role);
        end if;
    end loop;
    -- Appending to the trail is the one write the runtime role makes on it.
    execute format('grant insert on table audit_record to %I', p_role);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                   current_schema(), p_role);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
                   current_schema(), p_role);
end $$;
