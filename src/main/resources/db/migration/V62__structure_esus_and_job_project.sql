-- What the intake advice (processes/dla-fit.dmn) needs to keep two kinds of structure in the DLA's field: a commercial
-- company approved ESUS (entreprise solidaire d'utilité sociale, e.g. an SIAE run as a SARL or SAS), and a structure
-- with no employee yet but a job-creation project.
alter table organisation add column esus_approved boolean not null default false;
alter table organisation add column job_creation_project boolean not null default false;
