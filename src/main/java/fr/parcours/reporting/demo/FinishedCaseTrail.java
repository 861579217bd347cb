package fr.parcours.reporting.demo;

import fr.parcours.audit.CaseEvent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of a case written by {@link FinishedCases}: for each step its tables hold, the {@link CaseEvent}
 * the real service publishes for that step (same action, same kind of details, never a free text), by whoever the
 * step names and dated when the step was recorded. Published in the caller's transaction, so the audit module appends
 * them to the chain as it commits: after the chain's newer records, each with its past date (the verifier follows
 * the order records were written in, the case's timeline their dates).
 */
@Component
class FinishedCaseTrail {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FinishedCaseTrail(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Publishes the case's events, oldest first (steps recorded at the same instant keep the order below). */
    @Transactional
    public void publish(long id) {
        List<CaseEvent> trail = new ArrayList<>();
        trail.addAll(steps(id, """
                select a.created_by, a.created_at, o.name from accompaniment a
                  join organisation o on o.id = a.organisation_id where a.id = ?""",
                (row, n) -> event(id, "opened", row, "created_by", "created_at", row.getString("name"))));
        trail.addAll(steps(id, """
                select intake_decision, referral_partner, decided_by, decided_at from accompaniment
                 where id = ? and decided_at is not null""",
                (row, n) -> "REFERRED".equals(row.getString("intake_decision"))
                        ? event(id, "intake-referred", row, "decided_by", "decided_at",
                                row.getString("referral_partner"))
                        : event(id, "intake-accepted", row, "decided_by", "decided_at", null)));
        trail.addAll(steps(id, """
                select validated_on, recorded_by, recorded_at from diagnostic_validation where accompaniment_id = ?""",
                (row, n) -> event(id, "diagnostic-validated", row, "recorded_by", "recorded_at",
                        row.getString("validated_on"))));
        trail.addAll(plans(id));
        trail.addAll(steps(id, """
                select meeting_on, amend_plan, recorded_by, recorded_at from committee_opinion
                 where accompaniment_id = ? order by id""",
                (row, n) -> event(id, row.getBoolean("amend_plan") ? "committee-plan-amended"
                        : "committee-opinion-recorded", row, "recorded_by", "recorded_at",
                        row.getString("meeting_on"))));
        trail.addAll(missions(id));
        trail.addAll(steps(id, """
                select number, meeting_date, jobs_consolidated, aided_contracts_permanent, funding_obtained,
                       recorded_by, recorded_at from follow_up where accompaniment_id = ? order by number""",
                (row, n) -> event(id, "follow-up-recorded", row, "recorded_by", "recorded_at",
                        "#%d (%s) : %d emploi(s), %d contrat(s) aidé(s), %s €".formatted(row.getInt("number"),
                                row.getString("meeting_date"), row.getInt("jobs_consolidated"),
                                row.getInt("aided_contracts_permanent"),
                                row.getObject("funding_obtained", BigDecimal.class).toPlainString()))));
        trail.addAll(steps(id, """
                select c.closed_by, c.closed_at, a.business_key from accompaniment_closure c
                  join accompaniment a on a.id = c.accompaniment_id where c.accompaniment_id = ?""",
                (row, n) -> event(id, "closed", row, "closed_by", "closed_at", row.getString("business_key"))));
        trail.stream().sorted(Comparator.comparing(CaseEvent::at)).forEach(events::publishEvent);
    }

    /** One "plan-recorded" per revision, with its axes' treatments by priority, as {@code PlanService} says it. */
    private List<CaseEvent> plans(long id) {
        record Axis(int revision, String treatment, String createdBy, Instant createdAt) {
        }
        Map<Integer, List<Axis>> revisions = jdbc.sql("""
                        select revision, treatment, created_by, created_at from plan_axis
                         where accompaniment_id = ? order by revision, priority""")
                .param(id)
                .query((row, n) -> new Axis(row.getInt("revision"), row.getString("treatment"),
                        row.getString("created_by"), row.getTimestamp("created_at").toInstant()))
                .list().stream().collect(Collectors.groupingBy(Axis::revision, TreeMap::new, Collectors.toList()));
        return revisions.values().stream().map(axes -> new CaseEvent(CaseEvent.ACCOMPANIMENT, id, "plan-recorded",
                axes.get(0).createdBy(), axes.get(0).createdAt(), "r" + axes.get(0).revision() + " : "
                + axes.stream().map(axis -> "[" + axis.treatment() + "]").collect(Collectors.joining(" ; "))))
                .toList();
    }

    /** The launch meeting, the structure's satisfaction and the officer's assessment of each mission. */
    private List<CaseEvent> missions(long id) {
        List<CaseEvent> trail = new ArrayList<>();
        trail.addAll(steps(id, """
                select l.mission_id, l.meeting_date, l.recorded_by, l.recorded_at from mission_launch_meeting l
                  join engineering_mission m on m.id = l.mission_id
                 where m.accompaniment_id = ? order by l.mission_id""",
                (row, n) -> event(id, "launch-meeting-recorded", row, "recorded_by", "recorded_at",
                        "mission " + row.getLong("mission_id") + " · " + row.getString("meeting_date"))));
        trail.addAll(steps(id, """
                select s.mission_id, s.quality, s.listening, s.usefulness, s.recorded_by, s.recorded_at
                  from mission_satisfaction s join engineering_mission m on m.id = s.mission_id
                 where m.accompaniment_id = ? order by s.mission_id""",
                (row, n) -> event(id, "satisfaction-recorded", row, "recorded_by", "recorded_at",
                        "mission %d · %d/%d/%d".formatted(row.getLong("mission_id"), row.getInt("quality"),
                                row.getInt("listening"), row.getInt("usefulness")))));
        trail.addAll(steps(id, """
                select a.mission_id, a.objectives_achieved, a.assessed_by, a.assessed_at
                  from mission_assessment a join engineering_mission m on m.id = a.mission_id
                 where m.accompaniment_id = ? order by a.mission_id""",
                (row, n) -> event(id, "mission-assessed", row, "assessed_by", "assessed_at",
                        "mission " + row.getLong("mission_id") + " · " + row.getString("objectives_achieved"))));
        return trail;
    }

    private List<CaseEvent> steps(long id, String sql, RowMapper<CaseEvent> step) {
        return jdbc.sql(sql).param(id).query(step).list();
    }

    private static CaseEvent event(long id, String action, ResultSet row, String actorColumn, String atColumn,
                                   String details) throws SQLException {
        return new CaseEvent(CaseEvent.ACCOMPANIMENT, id, action, row.getString(actorColumn),
                row.getTimestamp(atColumn).toInstant(), details);
    }
}
