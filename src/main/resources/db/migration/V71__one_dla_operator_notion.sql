-- One notion of DLA operator: the registry (dla_operator, V49) is the source of truth.
--
-- 1. The DLA_OPERATOR organisation role is derived from the registry, never stored apart: an organisation that held
--    it without being registered joins the registry in its own region (covering its own department when that lies
--    in the region); the stored rows go, and a check keeps them out. Roles are read from organisation_role_held.
insert into dla_operator (organisation_id, region_code, regional)
select distinct r.organisation_id, o.region_code, false
from organisation_role r join organisation o on o.id = r.organisation_id
where r.role = 'DLA_OPERATOR' and o.region_code in (select code from region)
  and not exists (select 1 from dla_operator d where d.organisation_id = r.organisation_id);

insert into dla_operator_department (organisation_id, department_code)
select d.organisation_id, o.department_code
from dla_operator d join organisation o on o.id = d.organisation_id
join department t on t.code = o.department_code and t.region_code = d.region_code
where exists (select 1 from organisation_role r where r.organisation_id = d.organisation_id and r.role = 'DLA_OPERATOR')
  and not exists (select 1 from dla_operator_department x where x.organisation_id = d.organisation_id);

delete from organisation_role where role = 'DLA_OPERATOR';
alter table organisation_role add constraint organisation_role_not_from_registry check (role <> 'DLA_OPERATOR');

create view organisation_role_held (organisation_id, role) as
    select organisation_id, role from organisation_role
    union all
    select organisation_id, cast('DLA_OPERATOR' as varchar(30)) from dla_operator;

-- 2. A mission's cost is charged to the DLA operator whose departments cover the case's structure, recorded when the
--    consultant is chosen. Existing costs: the operator whose envelope of that year they charged (its department's,
--    else its region's), else the registry's operator covering the department (departmental before regional).
alter table budget_mission add column operator_id bigint references dla_operator (organisation_id);
create index budget_mission_operator_idx on budget_mission (operator_id, ordered_on);

-- 3. An operator's envelope belongs to a registered operator; its territory is the operator's (region kept for
--    regional readers). An envelope of an unregistered organisation moves to the one registered operator covering
--    its territory that has no envelope that year; failing that, its organisation is registered for that territory.
with candidate as (
    select e.id as envelope_id, e.budget_year, d.organisation_id
    from budget_envelope e join dla_operator d on d.region_code = e.region_code
    where e.operator_id is not null
      and not exists (select 1 from dla_operator r where r.organisation_id = e.operator_id)
      and ((e.department_code is not null and exists (select 1 from dla_operator_department x
                where x.organisation_id = d.organisation_id and x.department_code = e.department_code))
           or (e.department_code is null and d.regional))
      and not exists (select 1 from budget_envelope t
                      where t.operator_id = d.organisation_id and t.budget_year = e.budget_year)),
single as (
    select envelope_id, min(budget_year) as budget_year, min(organisation_id) as organisation_id
    from candidate group by envelope_id having count(*) = 1),
unshared as (
    select s.* from single s
    where not exists (select 1 from single o where o.organisation_id = s.organisation_id
                      and o.budget_year = s.budget_year and o.envelope_id <> s.envelope_id))
update budget_envelope e set operator_id = u.organisation_id from unshared u where e.id = u.envelope_id;

insert into dla_operator (organisation_id, region_code, regional)
select distinct on (e.operator_id) e.operator_id, e.region_code, e.department_code is null
from budget_envelope e
where e.operator_id is not null and e.region_code in (select code from region)
  and not exists (select 1 from dla_operator r where r.organisation_id = e.operator_id)
order by e.operator_id, e.budget_year desc;

insert into dla_operator_department (organisation_id, department_code)
select distinct e.operator_id, e.department_code
from budget_envelope e join dla_operator d on d.organisation_id = e.operator_id
join department t on t.code = e.department_code and t.region_code = d.region_code
where not exists (select 1 from dla_operator_department x
                  where x.organisation_id = e.operator_id and x.department_code = e.department_code);

update budget_mission m set operator_id = coalesce(
    (select e.operator_id from budget_envelope e
     where e.operator_id in (select organisation_id from dla_operator) and e.budget_year = extract(year from m.ordered_on)
       and e.region_code = m.region_code and e.department_code = m.department_code
     order by e.id limit 1),
    (select e.operator_id from budget_envelope e
     where e.operator_id in (select organisation_id from dla_operator) and e.budget_year = extract(year from m.ordered_on)
       and e.region_code = m.region_code and e.department_code is null
     order by e.id limit 1),
    (select d.organisation_id from dla_operator d join dla_operator_department x on x.organisation_id = d.organisation_id
     where x.department_code = m.department_code order by d.regional, d.organisation_id limit 1))
where m.accompaniment_id is not null;

-- An envelope whose organisation could not be registered (no known region) keeps its row; new ones must be registered.
alter table budget_envelope drop constraint budget_envelope_operator_id_fkey;
alter table budget_envelope add constraint budget_envelope_operator_fkey
    foreign key (operator_id) references dla_operator (organisation_id) not valid;
drop index budget_envelope_territory_year_idx;
alter table budget_envelope drop column department_code;
