package fr.parcours.reporting;

/**
 * The report's SQL, over the app's own tables. {@code %1$s} is the scope's condition on the accompaniment
 * {@code a} and its structure {@code o}, {@code %2$s} the same on a collective participant's structure {@code o}.
 * Timestamps count on their day in the session's time zone (the server's, as everywhere in the app).
 */
final class ReportQueries {

    private static final String SCOPED = """
            with scoped as (
                select a.id, a.organisation_id, a.department_code, a.phase, a.intake_decision,
                       cast(a.created_at as date) as requested_on, cast(a.decided_at as date) as decided_on
                from accompaniment a join organisation o on o.id = a.organisation_id
                where %1$s)""";

    /**
     * One row per event counted (a measure on a structure in a department), then one count per combination of the
     * structure's attributes: a few hundred rows at most, which the breakdowns sum in Java.
     */
    static final String COUNTS = SCOPED + """
            , event as (
                select 'REQUESTS' as measure, s.organisation_id, s.department_code from scoped s
                where s.requested_on between :from and :to
                union all
                select case s.intake_decision when 'REFERRED' then 'REFERRED' else 'ACCEPTED' end,
                       s.organisation_id, s.department_code
                from scoped s where s.intake_decision is not null and s.decided_on between :from and :to
                union all
                select 'DIAGNOSTICS', s.organisation_id, s.department_code
                from scoped s join diagnostic_validation v on v.accompaniment_id = s.id
                where v.validated_on between :from and :to
                union all
                select 'PLANS', s.organisation_id, s.department_code
                from scoped s join (select accompaniment_id, cast(min(created_at) as date) as drafted_on
                                    from plan_axis where accompaniment_id in (select id from scoped)
                                    group by accompaniment_id) p on p.accompaniment_id = s.id
                where p.drafted_on between :from and :to
                union all
                select 'INDIVIDUAL_ENGINEERING', s.organisation_id, s.department_code
                from scoped s join engineering_mission m on m.accompaniment_id = s.id
                join mission_launch_meeting l on l.mission_id = m.id
                where l.meeting_date between :from and :to
                union all
                select 'COLLECTIVE_ENGINEERING', p.organisation_id, o.department_code
                from collective_participation p join organisation o on o.id = p.organisation_id
                where %2$s and p.joined_on between :from and :to
                union all
                select 'FOLLOW_UPS', s.organisation_id, s.department_code
                from scoped s join follow_up f on f.accompaniment_id = s.id
                where f.meeting_date between :from and :to)
            select e.measure, o.naf_code, o.legal_form, o.qpv, e.department_code,
                   case when o.employees is null then 'UNKNOWN' when o.employees = 0 then '0'
                        when o.employees < 10 then '1-9' when o.employees < 50 then '10-49' else '50+' end as size,
                   count(*) as events
            from event e join organisation o on o.id = e.organisation_id
            group by 1, 2, 3, 4, 5, 6""";

    /**
     * The days each national phase took, for the cases that ended it within the period: the accueil from the
     * request to the intake decision; the diagnostic from the acceptance to the leaders' validation; the
     * élaboration du parcours from that validation to the comité d'appui after which the plan stood; the mise en
     * œuvre from then to the last mission's assessment (once the case has moved on to the follow-up); the suivi
     * from then (or from the comité when there was no ingénierie) to the closure.
     */
    static final String LEAD_TIMES = SCOPED + """
            , committee as (
                select accompaniment_id, max(meeting_on) as approved_on from committee_opinion
                where not amend_plan and accompaniment_id in (select id from scoped) group by accompaniment_id),
            assessed as (
                select m.accompaniment_id, cast(max(x.assessed_at) as date) as done_on
                from engineering_mission m join mission_assessment x on x.mission_id = m.id
                where m.accompaniment_id in (select id from scoped) group by m.accompaniment_id),
            span as (
                select 'INTAKE' as phase, s.decided_on as ended_on, s.decided_on - s.requested_on as days
                from scoped s where s.decided_on is not null
                union all
                select 'DIAGNOSTIC', v.validated_on, v.validated_on - s.decided_on
                from scoped s join diagnostic_validation v on v.accompaniment_id = s.id
                union all
                select 'PATHWAY', c.approved_on, c.approved_on - v.validated_on
                from scoped s join diagnostic_validation v on v.accompaniment_id = s.id
                join committee c on c.accompaniment_id = s.id
                union all
                select 'ENGINEERING', t.done_on, t.done_on - c.approved_on
                from scoped s join committee c on c.accompaniment_id = s.id
                join assessed t on t.accompaniment_id = s.id
                where s.phase in ('FOLLOW_UP', 'CLOSED')
                union all
                select 'FOLLOW_UP', k.closed_on, k.closed_on - coalesce(t.done_on, c.approved_on)
                from scoped s join accompaniment_closure k on k.accompaniment_id = s.id
                join committee c on c.accompaniment_id = s.id
                left join assessed t on t.accompaniment_id = s.id)
            select phase, count(*) as cases,
                   percentile_cont(0.5) within group (order by days) as median,
                   percentile_cont(0.9) within group (order by days) as p90
            from span where ended_on between :from and :to group by phase""";

    static final String RESULTS = SCOPED + """
            select count(*) as follow_ups, coalesce(sum(f.jobs_consolidated), 0) as jobs,
                   coalesce(sum(f.aided_contracts_permanent), 0) as contracts,
                   coalesce(sum(f.funding_obtained), 0) as funding
            from scoped s join follow_up f on f.accompaniment_id = s.id
            where f.meeting_date between :from and :to""";

    static final String SATISFACTION = SCOPED + """
            select count(*) as answers, avg(x.quality) as quality, avg(x.listening) as listening,
                   avg(x.usefulness) as usefulness, avg((x.quality + x.listening + x.usefulness) / 3.0) as overall
            from scoped s join engineering_mission m on m.accompaniment_id = s.id
            join mission_satisfaction x on x.mission_id = m.id
            where cast(x.recorded_at as date) between :from and :to""";

    private ReportQueries() {
    }
}
