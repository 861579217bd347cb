package fr.parcours.reporting.demo;

import fr.parcours.audit.CaseEvent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
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

    /** Publishes the case's events, oldest first (a step recorded at the same instant as another keeps its place). */
    @Transactional
    public void publish(long accompanimentId) {
        List<CaseEvent> trail = new ArrayList<>();
        trail.addAll(jdbc.sql("""
                        select a.created_by, a.created_at, o.name from accompaniment a
                          join organisation o on o.id = a.organisation_id where a.id = ?""")
                .param(accompanimentId)
                .query((row, n) -> event(accompanimentId, "opened", row, "created_by", "created_at", row.getString("name")))
                .list());
        trail.addAll(jdbc.sql("""
                        select intake_decision, referral_partner, decided_by, decided_at from accompaniment
                         where id = ? and decided_at is not null""")
                .param(accompanimentId)
                .query((row, n) -> "REFERRED".equals(row.getString("intake_decision"))
                        ? event(accompanimentId, "intake-referred", row, "decided_by", "decided_at",
                                row.getString("referral_partner"))
                        : event(accompanimentId, "intake-accepted", row, "decided_by", "decided_at", null))
                .list());
        trail.addAll(jdbc.sql("""
                        select validated_on, recorded_by, recorded_at from diagnostic_validation
                         where accompaniment_id = ?""")
                .param(accompanimentId)
                .query((row, n) -> event(accompanimentId, "diagnostic-validated", row, "recorded_by", "recorded_at",
                        row.getString("validated_on")))
                .list());
        trail.addAll(plans(accompanimentId));
        trail.addAll(jdbc.sql("""
                        select meeting_on, amend_plan, recorded_by, recorded_at from committee_opinion
                         where accompaniment_id = ? order by id""")
                .param(accompanimentId)
                .query((row, n) -> event(accompanimentId, row.getBoolean("amend_plan") ? "committee-plan-amended"
                        : "committee-opinion-recorded", row, "recorded_by", "recorded_at", row.getString("meeting_on")))
                .list());
        trail.addAll(missions(accompanimentId));
        trail.addAll(jdbc.sql("""
                        select number, meeting_date, jobs_consolidated, aided_contracts_permanent, funding_obtained,
                               recorded_by, recorded_at from follow_up where accompaniment_id = ? order by number""")
                .param(accompanimentId)
                .query((row, n) -> event(accompanimentId, "follow-up-recorded", row, "recorded_by", "recorded_at",
                        "#%d (%s) : %d emploi(s), %d contrat(s) aidé(s), %s €".formatted(row.getInt("number"),
                                row.getString("meeting_date"), row.getInt("jobs_consolidated"),
                                row.getInt("aided_contracts_permanent"),
                                row.getObject("funding_obtained", BigDecimal.class).toPlainString())))
                .list());
        trail.addAll(jdbc.sql("""
                        select c.closed_by, c.closed_at, a.business_key from accompaniment_closure c
                          join accompaniment a on a.id = c.accompaniment_id where c.accompaniment_id = ?""")
                .param(accompanimentId)
                .query((row, n) -> event(accompanimentId, "closed", row, "closed_by", "closed_at",
                        row.getString("business_key")))
                .list());
        trail.stream().sorted(Comparator.comparing(CaseEvent::at)).forEach(events::publishEvent);
    }

    /** One "plan-recorded" per revision, its axes' treatments in priority order, as {@code PlanService} says it. */
    private List<CaseEvent> plans(long accompanimentId) {
        record Axis(int revision, String treatment, String createdBy, Instant createdAt) {
        }
        List<Axis> axes = jdbc.sql("""
                        select revision, treatment, created_by, created_at from plan_axis
                         where accompaniment_id = ? order by revision, priority""")
                .param(accompanimentId)
                .query((row, n) -> new Axis(row.getInt("revision"), row.getString("treatment"),
                        row.getString("created_by"), row.getTimestamp("created_at").toInstant()))
                .list();
        return axes.stream().collect(Collectors.groupingBy(Axis::revision, TreeMap::new, Collectors.toList()))
                .values().stream()
                .map(revision -> new CaseEvent(CaseEvent.ACCOMPANIMENT, accompanimentId, "plan-recorded",
                        revision.get(0).createdBy(), revision.get(0).createdAt(), "r" + revision.get(0).revision()
                        + " : " + revision.stream().map(axis -> "[" + axis.treatment() + "]")
                        .collect(Collectors.joining(" ; "))))
                .toList();
    }

    /** The launch meeting, the structure's satisfaction and the officer's assessment of each mission. */
    private List<CaseEvent> missions(long accompanimentId) {
        List<CaseEvent> trail = new ArrayList<>();
        trail.addAll(jdbc.sql("""
                        select l.mission_id, l.meeting_date, l.recorded_by, l.recorded_at from mission_launch_meeting l
                          join engineering_mission m on m.id = l.mission_id where m.accompaniment_id = ?
                         order by l.mission_id""")
                .param(accompanimentId)
                .query((row, n) -> event(accompanimentId, "launch-meeting-recorded", row, "recorded_by", "recorded_at",
                        "mission " + row.getLong("mission_id") + " · " + row.getString("meeting_date")))
                .list());
        trail.addAll(jdbc.sql("""
                        select s.mission_id, s.quality, s.listening, s.usefulness, s.recorded_by, s.recorded_at
                          from mission_satisfaction s join engineering_mission m on m.id = s.mission_id
                         where m.accompaniment_id = ? order by s.mission_id""")
                .param(accompanimentId)
                .query((row, n) -> event(accompanimentId, "satisfaction-recorded", row, "recorded_by", "recorded_at",
                        "mission %d · %d/%d/%d".formatted(row.getLong("mission_id"), row.getInt("quality"),
                                row.getInt("listening"), row.getInt("usefulness"))))
                .list());
        trail.addAll(jdbc.sql("""
                        select a.mission_id, a.objectives_achieved, a.assessed_by, a.assessed_at
                          from mission_assessment a join engineering_mission m on m.id = a.mission_id
                         where m.accompaniment_id = ? order by a.mission_id""")
                .param(accompanimentId)
                .query((row, n) -> event(accompanimentId, "mission-assessed", row, "assessed_by", "assessed_at",
                        "mission " + row.getLong("mission_id") + " · " + row.getString("objectives_achieved")))
                .list());
        return trail;
    }

    private static CaseEvent event(long accompanimentId, String action, ResultSet row, String actorColumn,
                                   String atColumn, String details) throws SQLException {
        return new CaseEvent(CaseEvent.ACCOMPANIMENT, accompanimentId, action, row.getString(actorColumn),
                row.getTimestamp(atColumn).toInstant(), details);
    }
}
