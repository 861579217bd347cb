-- RGPD erasure: an erased member stays as an anonymous tombstone (no name) so past attendance counts hold.
alter table council_member alter column full_name drop not null;
alter table council_member add column erased_on date;
alter table council_member add check (erased_on is not null or full_name is not null);
