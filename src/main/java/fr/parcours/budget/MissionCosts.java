package fr.parcours.budget;

import fr.parcours.collective.CollectiveConsultantChosen;
import fr.parcours.collective.CollectiveEnvelope;
import fr.parcours.dla.ConsultantChosen;
import fr.parcours.dla.EngineeringEnvelope;
import fr.parcours.organisation.DlaOperatorRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records each mission's cost when its consultant is chosen, in the choice's transaction, and tells the validation of
 * a choice whether it would take the DLA operator's (or the collective's) envelope over. An individual mission
 * charges the operator whose departments cover the structure, recorded on its cost. An over-envelope choice is audited on its
 * case with the figures; its reason goes to the PV and to the mission's cost, never to the audit trail (free text).
 */
@Component
class MissionCosts implements EngineeringEnvelope, CollectiveEnvelope {

    private final MissionCostRepository missions;
    private final IngenierieBudgets budgets;
    private final BudgetService service;
    private final DlaOperatorRegistry registry;
    private final OperatorReach reach;
    private final Clock clock;

    MissionCosts(MissionCostRepository missions, IngenierieBudgets budgets, BudgetService service,
                 DlaOperatorRegistry registry, OperatorReach reach, Clock clock) {
        this.registry = registry;
        this.reach = reach;
        this.missions = missions;
        this.budgets = budgets;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public Optional<Overrun> overrunIfOrdered(String regionCode, String departmentCode, String decidedBy,
                                              LocalDate orderedOn, BigDecimal amount) {
        if (orderedOn == null || amount == null) {
            return Optional.empty();
        }
        return charged(regionCode, departmentCode, decidedBy)
                .flatMap(operatorId -> budgets.operatorEnvelope(operatorId, orderedOn.getYear())).map(budgets::view)
                .map(EnvelopeView::figures)
                .filter(figures -> figures.committed().add(amount).compareTo(figures.envelope()) > 0)
                .map(figures -> new Overrun(figures.holderName(), figures.envelope(), figures.committed(), amount));
    }

    @Override
    public Optional<Overrun> overrunIfOrdered(long collectiveId, LocalDate orderedOn, BigDecimal amount) {
        if (orderedOn == null || amount == null) {
            return Optional.empty();
        }
        return budgets.ofCollective(collectiveId, orderedOn.getYear()).map(EnvelopeView::figures)
                .filter(figures -> figures.committed().add(amount).compareTo(figures.envelope()) > 0)
                .map(figures -> new Overrun(figures.holderName(), figures.envelope(), figures.committed(), amount));
    }

    @EventListener
    void on(ConsultantChosen chosen) {
        if (chosen.amount() == null || chosen.amount().signum() <= 0) {
            return;
        }
        Optional<Overrun> overrun = overrunIfOrdered(chosen.regionCode(), chosen.departmentCode(), chosen.decidedBy(),
                chosen.orderedOn(), chosen.amount());
        MissionCost cost = missions.save(MissionCost.ofAccompaniment(chosen.engineeringMissionId(),
                        chosen.accompanimentId(), chosen.regionCode(), chosen.departmentCode(),
                        charged(chosen.regionCode(), chosen.departmentCode(), chosen.decidedBy()).orElse(null),
                        chosen.structureName())
                .agreed(chosen.consultantName(), chosen.days(), chosen.amount(), chosen.orderedOn(),
                        chosen.overEnvelopeReason(), Instant.now(clock)));
        recorded(cost, overrun, chosen.decidedBy());
    }

    @EventListener
    void on(CollectiveConsultantChosen chosen) {
        if (chosen.amount() == null || chosen.amount().signum() <= 0) {
            return;
        }
        Optional<Overrun> overrun = overrunIfOrdered(chosen.collectiveId(), chosen.orderedOn(), chosen.amount());
        MissionCost cost = missions.save(MissionCost.ofCollective(chosen.collectiveId(), chosen.regionCode(),
                chosen.title()).agreed(chosen.consultantName(), chosen.days(), chosen.amount(), chosen.orderedOn(),
                chosen.overEnvelopeReason(), Instant.now(clock)));
        recorded(cost, overrun, chosen.decidedBy());
    }

    /**
     * The DLA operator a mission of a structure of this department charges: the one whose departments cover it,
     * the deciding officer's own operator first when several do.
     */
    private Optional<Long> charged(String regionCode, String departmentCode, String decidedBy) {
        Long preferred = decidedBy == null ? null
                : reach.workedForBy(decidedBy).map(DlaOperatorRegistry.DlaOperator::id).orElse(null);
        return registry.covering(regionCode, departmentCode, preferred).map(DlaOperatorRegistry.DlaOperator::id);
    }

    /** The cost's audit record, and the overrun's figures when the choice went over the envelope. */
    private void recorded(MissionCost cost, Optional<Overrun> overrun, String decidedBy) {
        service.publish(cost, "mission-cost-recorded", decidedBy, cost.getAgreedAmount().toPlainString() + " €");
        overrun.ifPresent(over -> service.publish(cost, "mission-over-envelope", decidedBy,
                "enveloppe %s € ; engagé %s € ; mission %s € ; dépassement %s €".formatted(over.envelope().toPlainString(),
                        over.committed().toPlainString(), over.amount().toPlainString(), over.excess().toPlainString())));
    }
}
