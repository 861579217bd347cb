package fr.parcours.budget;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveAccompanimentRepository;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.DlaOperatorRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ingénierie budget's figures, read within a user's reach: each envelope of a year with its missions, committed,
 * paid and remaining. A mission charges the envelope of the year it was ordered in: a collective's its collective's,
 * an individual one the envelope of the DLA operator recorded on it when the consultant was chosen (the operator
 * whose departments cover the structure). Operators' envelopes are read as {@link OperatorReach} says; collectives'
 * by their region's and national readers.
 */
@Service
public class IngenierieBudgets {

    private final BudgetEnvelopeRepository envelopes;
    private final MissionCostRepository missions;
    private final CofinancingRepository cofinancing;
    private final InvoiceRepository invoices;
    private final CollectiveAccompanimentRepository collectives;
    private final OperatorReach reach;
    private final DlaOperatorRegistry registry;

    IngenierieBudgets(BudgetEnvelopeRepository envelopes, MissionCostRepository missions,
                      CofinancingRepository cofinancing, InvoiceRepository invoices,
                      CollectiveAccompanimentRepository collectives, OperatorReach reach, DlaOperatorRegistry registry) {
        this.reach = reach;
        this.registry = registry;
        this.envelopes = envelopes;
        this.missions = missions;
        this.cofinancing = cofinancing;
        this.invoices = invoices;
        this.collectives = collectives;
    }

    /** Every envelope of the year the scope covers (operators' and collectives'), with its figures. */
    @Transactional(readOnly = true)
    public List<BudgetFigures> forYear(int year, UserScope scope) {
        return views(year, scope).stream().map(EnvelopeView::figures).toList();
    }

    /** The DLA operators whose envelopes the scope manages: the operator an officer works for, all for national. */
    @Transactional(readOnly = true)
    public List<DlaOperatorRegistry.DlaOperator> operatorsManagedBy(UserScope scope) {
        OperatorReach.Reach reached = reach.of(scope);
        return registry.all().stream().filter(operator -> reached.manages(operator.id())).toList();
    }

    /** One operator's figures for the year, if it has an envelope the scope covers. */
    @Transactional(readOnly = true)
    public Optional<BudgetFigures> ofOperator(long operatorId, int year, UserScope scope) {
        OperatorReach.Reach reached = reach.of(scope);
        return envelopes.findByOperator(operatorId, year).filter(envelope -> readable(envelope, scope, reached))
                .map(envelope -> view(envelope).figures());
    }

    /** The envelopes of the year within the scope, with their missions, operators first then collectives. */
    @Transactional(readOnly = true)
    public List<EnvelopeView> views(int year, UserScope scope) {
        OperatorReach.Reach reached = reach.of(scope);
        List<BudgetEnvelope> visible = envelopes.findByYear(year).stream()
                .filter(envelope -> readable(envelope, scope, reached)).toList();
        List<EnvelopeView> views = new ArrayList<>();
        visible.stream().filter(envelope -> !envelope.isCollective()).forEach(envelope -> views.add(view(envelope)));
        visible.stream().filter(BudgetEnvelope::isCollective).forEach(envelope -> views.add(view(envelope)));
        return views;
    }

    /** One envelope with its missions; 404 when missing or outside the scope. */
    @Transactional(readOnly = true)
    public EnvelopeView envelope(long envelopeId, UserScope scope) {
        OperatorReach.Reach reached = reach.of(scope);
        return view(envelopes.findById(envelopeId).filter(envelope -> readable(envelope, scope, reached))
                .orElseThrow(() -> new CaseNotFoundException(envelopeId)));
    }

    /** A collective's envelope of the year, if set. The caller has checked the collective is within reach. */
    @Transactional(readOnly = true)
    public Optional<EnvelopeView> ofCollective(long collectiveId, int year) {
        return envelopes.findByCollectiveIdAndBudgetYear(collectiveId, year).map(this::view);
    }

    /** A collective's missions ordered in the year, whether or not it has an envelope. */
    @Transactional(readOnly = true)
    public List<MissionLine> collectiveMissions(long collectiveId, int year) {
        return lines(missions.findCollectiveOrdered(collectiveId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** One mission's cost; 404 when missing or outside the scope. */
    @Transactional(readOnly = true)
    public MissionLine mission(long missionCostId, UserScope scope) {
        MissionCost cost = missions.findById(missionCostId).filter(found -> found.isCollective()
                        ? BudgetTerritory.readable(scope, found.getRegionCode())
                        : reach.of(scope).reads(found.getOperatorId(), found.getRegionCode()))
                .orElseThrow(() -> new CaseNotFoundException(missionCostId));
        return lines(List.of(cost)).get(0);
    }

    /** Whether the scope may change this mission's cost: its operator's officers, or the collective's coordinators. */
    boolean manages(MissionCost cost, UserScope scope) {
        return cost.isCollective() ? BudgetTerritory.writable(scope, cost.getRegionCode())
                : reach.of(scope).manages(cost.getOperatorId());
    }

    private static boolean readable(BudgetEnvelope envelope, UserScope scope, OperatorReach.Reach reached) {
        return envelope.isCollective() ? BudgetTerritory.readable(scope, envelope.getRegionCode())
                : reached.reads(envelope.getOperator().getId(), envelope.getRegionCode());
    }

    /** A DLA operator's envelope of the year, if set. */
    Optional<BudgetEnvelope> operatorEnvelope(long operatorId, int year) {
        return envelopes.findByOperator(operatorId, year);
    }

    EnvelopeView view(BudgetEnvelope envelope) {
        int year = envelope.getBudgetYear();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (envelope.isCollective()) {
            String title = collectives.findById(envelope.getCollectiveId()).map(CollectiveAccompaniment::getTitle)
                    .orElse("");
            return new EnvelopeView(envelope, title, List.of(),
                    lines(missions.findCollectiveOrdered(envelope.getCollectiveId(), from, to)));
        }
        long operatorId = envelope.getOperator().getId();
        return new EnvelopeView(envelope, envelope.getOperator().getName(),
                registry.find(operatorId).map(DlaOperatorRegistry.DlaOperator::departmentCodes).orElse(List.of()),
                lines(missions.findOperatorOrdered(operatorId, from, to)));
    }

    private List<MissionLine> lines(List<MissionCost> costs) {
        if (costs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = costs.stream().map(MissionCost::getId).toList();
        Map<Long, List<Cofinancing>> shares = cofinancing.findByMissions(ids).stream()
                .collect(Collectors.groupingBy(Cofinancing::getMissionCostId));
        Map<Long, List<Invoice>> bills = invoices.findByMissions(ids).stream()
                .collect(Collectors.groupingBy(Invoice::getMissionCostId));
        return costs.stream().map(cost -> new MissionLine(cost, shares.getOrDefault(cost.getId(), List.of()),
                bills.getOrDefault(cost.getId(), List.of()))).toList();
    }
}
