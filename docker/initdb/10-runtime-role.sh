#!/bin/sh
# Runs once, when the database volume is created (docker-entrypoint-initdb.d). POSTGRES_USER owns the schema: Flyway
# and the audit purge use it. The app serves as parcours_app, which gets its table rights from migration V46 and can
# neither rewrite nor alter the audit trail (README, "Audit trail and retention").
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$PARCOURS_APP_DB_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
create role parcours_app login nosuperuser nocreatedb nocreaterole noinherit password :'app_password';
grant connect, temporary on database :"db" to parcours_app;
-- The Camunda engine creates its ACT_* tables itself, with the app's connection.
grant usage, create on schema public to parcours_app;
SQL
