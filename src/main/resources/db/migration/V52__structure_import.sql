-- A structures CSV uploaded by an administrator and waiting for confirmation: the preview and the import both
-- parse these bytes, so confirming works on any node of a cluster and imports exactly what was previewed.
create table structure_import (
    id           uuid          primary key,
    file_name    varchar(200)  not null,
    content      bytea         not null,
    uploaded_by  varchar(64)   not null,
    uploaded_at  timestamptz   not null
);
create index structure_import_uploaded_at_idx on structure_import (uploaded_at);
