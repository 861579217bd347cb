package fr.parcours.collective.deliverables;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.tracks.ParticipationRepository;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and records the deliverables of one structure of a collective; every change leaves an audit record. */
@Service
public class DeliverablesService {

    private final JdbcTemplate jdbc;
    private final ParticipationRepository participations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DeliverablesService(JdbcTemplate jdbc, ParticipationRepository participations, Clock clock,
                        ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.participations = participations;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Deliverables of(long participationId) {
        var leads = jdbc.query("select funder, amount_sought, status, amount_obtained from collective_funding_lead"
                + " where participation_id = ? order by id", (rs, i) -> new Deliverables.FundingLead(rs.getString(1),
                rs.getBigDecimal(2), FundingStatus.valueOf(rs.getString(3)), rs.getBigDecimal(4)), participationId);
        Map<CiterRegister, Deliverables.Evaluation> evaluation = new EnumMap<>(CiterRegister.class);
        jdbc.query("select register, outputs, results, impacts, outputs_value, outputs_unit, results_value, results_unit,"
                + " impacts_value, impacts_unit from collective_evaluation where participation_id = ?",
                rs -> {
                    evaluation.put(CiterRegister.valueOf(rs.getString(1)),
                            new Deliverables.Evaluation(rs.getString(2), rs.getString(3), rs.getString(4),
                                    measure(rs.getBigDecimal(5), rs.getString(6)),
                                    measure(rs.getBigDecimal(7), rs.getString(8)),
                                    measure(rs.getBigDecimal(9), rs.getString(10))));
                }, participationId);
        // Posts made permanent come from the structure's adultes-relais agreements since the collective started.
        Integer madePermanent = jdbc.queryForObject("""
                select count(*) from adulte_relais_agreement r join collective_participation p
                    on p.organisation_id = r.organisation_id join collective_accompaniment c on c.id = p.collective_id
                 where p.id = ? and r.status = 'MADE_PERMANENT' and r.status_date >= c.start_date""",
                Integer.class, participationId);
        return jdbc.query("select action_plan, action_plan_date, aided_contracts_at_stake"
                        + " from collective_deliverables where participation_id = ?",
                (rs, i) -> new Deliverables(rs.getString(1), rs.getObject(2, LocalDate.class),
                        (Integer) rs.getObject(3), madePermanent, leads, evaluation), participationId)
                .stream().findFirst()
                .orElse(new Deliverables(null, null, null, madePermanent, leads, evaluation));
    }

    /** Replaces the structure's deliverables as a whole: the form shows them all at once. */
    @Transactional
    public void record(long participationId, Deliverables deliverables, String userId) {
        Participation participation = participations.findById(participationId)
                .filter(Participation::isActive)
                .orElseThrow(() -> new CaseNotFoundException(participationId));
        jdbc.update("insert into collective_deliverables (participation_id, action_plan, action_plan_date,"
                        + " aided_contracts_at_stake, aided_contracts_made_permanent, updated_by, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict (participation_id) do update set"
                        + " action_plan = excluded.action_plan, action_plan_date = excluded.action_plan_date,"
                        + " aided_contracts_at_stake = excluded.aided_contracts_at_stake,"
                        + " aided_contracts_made_permanent = excluded.aided_contracts_made_permanent,"
                        + " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                participationId, deliverables.actionPlan(),
                deliverables.actionPlanDate() == null ? null : Date.valueOf(deliverables.actionPlanDate()),
                deliverables.aidedContractsAtStake(), null, userId,
                Timestamp.from(Instant.now(clock)));
        jdbc.update("delete from collective_funding_lead where participation_id = ?", participationId);
        for (Deliverables.FundingLead lead : deliverables.fundingLeads()) {
            jdbc.update("insert into collective_funding_lead (participation_id, funder, amount_sought, status,"
                    + " amount_obtained) values (?, ?, ?, ?, ?)", participationId, lead.funder(), lead.amountSought(),
                    lead.status().name(), lead.amountObtained());
        }
        jdbc.update("delete from collective_evaluation where participation_id = ?", participationId);
        deliverables.evaluation().forEach((register, entry) -> jdbc.update("insert into collective_evaluation"
                + " (participation_id, register, outputs, results, impacts, outputs_value, outputs_unit,"
                + " results_value, results_unit, impacts_value, impacts_unit) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                participationId, register.name(), entry.outputs(), entry.results(), entry.impacts(),
                value(entry.outputsMeasure()), unit(entry.outputsMeasure()), value(entry.resultsMeasure()),
                unit(entry.resultsMeasure()), value(entry.impactsMeasure()), unit(entry.impactsMeasure())));
        events.publishEvent(new CaseEvent(CollectiveAccompaniment.CASE_TYPE, participation.getCollectiveId(),
                "structure-deliverables-recorded", userId, Instant.now(clock), summary(participation, deliverables)));
    }

    private static Deliverables.Measure measure(BigDecimal value, String unit) {
        return value == null ? null : new Deliverables.Measure(value, unit);
    }

    private static BigDecimal value(Deliverables.Measure measure) {
        return measure == null ? null : measure.value();
    }

    private static String unit(Deliverables.Measure measure) {
        return measure == null ? null : measure.unit();
    }

    private static String summary(Participation participation, Deliverables deliverables) {
        return "%s : plan d'action %s, %d pistes de financement, %d registres CITER, contrats aidés à pérenniser %s".formatted(
                participation.getOrganisation().getName(), deliverables.actionPlan() == null ? "non" : "oui",
                deliverables.fundingLeads().size(), deliverables.evaluation().size(),
                deliverables.aidedContractsAtStake());
    }
}
