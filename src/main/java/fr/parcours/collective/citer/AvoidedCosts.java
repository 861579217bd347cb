package fr.parcours.collective.citer;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.tracks.ParticipationRepository;
import fr.parcours.identity.UserScope;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The avoided-cost estimate of CITER's economic register. Method: for each type of intervention, the number of
 * interventions a structure's mediators made that avoided the event, times the unit cost that event would have had;
 * the estimate is the sum. The unit costs are the region's (set by its coordinators, audited) or the configured
 * defaults, and every estimate carries them with their sources.
 */
@Service
public class AvoidedCosts {

    /** Audit case type of a region's coefficients; the case id is the region's code. */
    public static final String COEFFICIENTS_CASE_TYPE = "CITER_COEFFICIENTS";

    private final NamedParameterJdbcTemplate jdbc;
    private final AvoidedCostDefaults defaults;
    private final ParticipationRepository participations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AvoidedCosts(NamedParameterJdbcTemplate jdbc, AvoidedCostDefaults defaults, ParticipationRepository participations,
                 Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.participations = participations;
        this.clock = clock;
        this.events = events;
    }

    /** The coefficients in force in a region: its own where set, else the sourced defaults, else none (not priced). */
    @Transactional(readOnly = true)
    public List<AvoidedCostEstimate.Line> coefficients(String regionCode) {
        Map<Intervention, AvoidedCostEstimate.Line> regional = new EnumMap<>(Intervention.class);
        jdbc.query("select intervention, unit_cost, source from citer_cost_coefficient where region_code = :region",
                Map.of("region", regionCode), rs -> {
                    Intervention type = Intervention.valueOf(rs.getString(1));
                    regional.put(type, new AvoidedCostEstimate.Line(type, 0, rs.getBigDecimal(2), rs.getString(3), true));
                });
        return Arrays.stream(Intervention.values()).map(type -> regional.computeIfAbsent(type, missing -> {
            AvoidedCostDefaults.Coefficient coefficient = defaults.avoidedCosts().get(missing);
            return coefficient == null
                    ? new AvoidedCostEstimate.Line(missing, 0, null, null, false)
                    : new AvoidedCostEstimate.Line(missing, 0, coefficient.unitCost(), coefficient.source(), false);
        })).toList();
    }

    /** Sets a region's unit cost of one intervention type with its source; only the region's coordinators may. */
    @Transactional
    public void setCoefficient(String regionCode, Intervention type, BigDecimal unitCost, String source, String userId,
                               UserScope scope) {
        if (!scope.runsRegion(regionCode)) {
            throw new CaseNotFoundException(regionCode);
        }
        if (unitCost == null || unitCost.signum() <= 0 || unitCost.stripTrailingZeros().scale() > 2
                || source == null || source.isBlank()) {
            throw new IllegalArgumentException("unit cost must be positive and its source given");
        }
        Instant now = Instant.now(clock);
        jdbc.update("""
                insert into citer_cost_coefficient (region_code, intervention, unit_cost, source, updated_by, updated_at)
                values (:region, :type, :cost, :source, :user, :at)
                on conflict (region_code, intervention) do update set unit_cost = excluded.unit_cost,
                    source = excluded.source, updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                new MapSqlParameterSource("region", regionCode).addValue("type", type.name()).addValue("cost", unitCost)
                        .addValue("source", source.strip()).addValue("user", userId).addValue("at", Timestamp.from(now)));
        events.publishEvent(new CaseEvent(COEFFICIENTS_CASE_TYPE, Long.parseLong(regionCode), "citer-coefficient-set",
                userId, now, type.name() + " : " + unitCost.toPlainString() + " €"));
    }

    /** The interventions a structure counted, by type (absent types count zero). */
    @Transactional(readOnly = true)
    public Map<Intervention, Integer> counts(long participationId) {
        Map<Intervention, Integer> counts = new EnumMap<>(Intervention.class);
        jdbc.query("select intervention, interventions from collective_intervention_count where participation_id = :id",
                Map.of("id", participationId), rs -> {
                    counts.put(Intervention.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    /** Replaces a structure's counts of interventions, with an audit record on its collective. */
    @Transactional
    public void recordCounts(long participationId, Map<Intervention, Integer> counts, String userId) {
        Participation participation = participations.findById(participationId).filter(Participation::isActive)
                .orElseThrow(() -> new CaseNotFoundException(participationId));
        if (counts.values().stream().anyMatch(count -> count == null || count < 0)) {
            throw new IllegalArgumentException("counts must be zero or more");
        }
        jdbc.update("delete from collective_intervention_count where participation_id = :id", Map.of("id", participationId));
        counts.forEach((type, count) -> jdbc.update("""
                insert into collective_intervention_count (participation_id, intervention, interventions)
                values (:id, :type, :count)""", Map.of("id", participationId, "type", type.name(), "count", count)));
        events.publishEvent(new CaseEvent(CollectiveAccompaniment.CASE_TYPE, participation.getCollectiveId(),
                "citer-interventions-recorded", userId, Instant.now(clock),
                participation.getOrganisation().getName() + " : "
                        + counts.values().stream().mapToInt(Integer::intValue).sum() + " interventions"));
    }

    /** The estimate for every participating structure of the region's collectives. */
    @Transactional(readOnly = true)
    public AvoidedCostEstimate estimateOfRegion(String regionCode) {
        return estimate(regionCode, jdbc.queryForList("""
                select p.id from collective_participation p join collective_accompaniment c on c.id = p.collective_id
                 where c.region_code = :region and p.status = 'PARTICIPATING'""", Map.of("region", regionCode),
                Long.class));
    }

    /** The estimate for these structures (one, or a collective's active ones) with the region's coefficients. */
    @Transactional(readOnly = true)
    public AvoidedCostEstimate estimate(String regionCode, Collection<Long> participationIds) {
        Map<Intervention, Integer> total = new EnumMap<>(Intervention.class);
        if (!participationIds.isEmpty()) {
            jdbc.query("""
                    select intervention, sum(interventions) from collective_intervention_count
                     where participation_id in (:ids) group by intervention""", Map.of("ids", participationIds),
                    rs -> {
                        total.put(Intervention.valueOf(rs.getString(1)), rs.getInt(2));
                    });
        }
        return new AvoidedCostEstimate(coefficients(regionCode).stream()
                .map(line -> new AvoidedCostEstimate.Line(line.intervention(), total.getOrDefault(line.intervention(), 0),
                        line.unitCost(), line.source(), line.regional()))
                .toList());
    }
}
