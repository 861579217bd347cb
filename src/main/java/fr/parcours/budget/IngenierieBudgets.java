package fr.parcours.budget;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveAccompanimentRepository;
import fr.parcours.identity.UserScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ingénierie budget's figures, read within a user's scope: each envelope of a year with its missions, committed,
 * paid and remaining. A mission charges the envelope of the year it was ordered in: a collective's its collective's,
 * an individual one its department's operator, or the region's when the department has no envelope of its own.
 */
@Service
public class IngenierieBudgets {

    private final BudgetEnvelopeRepository envelopes;
    private final MissionCostRepository missions;
    private final CofinancingRepository cofinancing;
    private final InvoiceRepository invoices;
    private final CollectiveAccompanimentRepository collectives;

    IngenierieBudgets(BudgetEnvelopeRepository envelopes, MissionCostRepository missions,
                      CofinancingRepository cofinancing, InvoiceRepository invoices,
                      CollectiveAccompanimentRepository collectives) {
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

    /** One operator's figures for the year, if it has an envelope the scope covers. */
    @Transactional(readOnly = true)
    public Optional<BudgetFigures> ofOperator(long operatorId, int year, UserScope scope) {
        return envelopes.findByOperator(operatorId, year)
                .filter(envelope -> BudgetTerritory.readable(scope, envelope.getRegionCode(), envelope.getDepartmentCode()))
                .map(envelope -> view(envelope).figures());
    }

    /** The envelopes of the year within the scope, with their missions, operators first then collectives. */
    @Transactional(readOnly = true)
    public List<EnvelopeView> views(int year, UserScope scope) {
        List<BudgetEnvelope> visible = envelopes.findByYear(year).stream()
                .filter(envelope -> BudgetTerritory.readable(scope, envelope.getRegionCode(), envelope.getDepartmentCode()))
                .toList();
        List<EnvelopeView> views = new ArrayList<>();
        visible.stream().filter(envelope -> !envelope.isCollective()).forEach(envelope -> views.add(view(envelope)));
        visible.stream().filter(BudgetEnvelope::isCollective).forEach(envelope -> views.add(view(envelope)));
        return views;
    }

    /** One envelope with its missions; 404 when missing or outside the scope. */
    @Transactional(readOnly = true)
    public EnvelopeView envelope(long envelopeId, UserScope scope) {
        return view(envelopes.findById(envelopeId)
                .filter(envelope -> BudgetTerritory.readable(scope, envelope.getRegionCode(), envelope.getDepartmentCode()))
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
        MissionCost cost = missions.findById(missionCostId)
                .filter(found -> BudgetTerritory.readable(scope, found.getRegionCode(), found.getDepartmentCode()))
                .orElseThrow(() -> new CaseNotFoundException(missionCostId));
        return lines(List.of(cost)).get(0);
    }

    /** The operator envelope a mission of this territory ordered on this date charges, if any. */
    Optional<BudgetEnvelope> envelopeCharged(String regionCode, String departmentCode, LocalDate orderedOn) {
        return charged(envelopes.findOperatorEnvelopes(orderedOn.getYear(), regionCode), regionCode, departmentCode);
    }

    private static Optional<BudgetEnvelope> charged(List<BudgetEnvelope> ofRegion, String regionCode,
                                                    String departmentCode) {
        return ofRegion.stream().filter(envelope -> envelope.coversTerritory(regionCode, departmentCode))
                .min(Comparator.comparing(envelope -> envelope.getDepartmentCode() == null ? 1 : 0));
    }

    EnvelopeView view(BudgetEnvelope envelope) {
        int year = envelope.getBudgetYear();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (envelope.isCollective()) {
            String title = collectives.findById(envelope.getCollectiveId()).map(CollectiveAccompaniment::getTitle)
                    .orElse("");
            return new EnvelopeView(envelope, title, lines(missions.findCollectiveOrdered(envelope.getCollectiveId(), from, to)));
        }
        List<BudgetEnvelope> ofRegion = envelopes.findOperatorEnvelopes(year, envelope.getRegionCode());
        List<MissionCost> charged = missions.findIndividualOrdered(envelope.getRegionCode(), from, to).stream()
                .filter(cost -> charged(ofRegion, cost.getRegionCode(), cost.getDepartmentCode())
                        .map(found -> found.getId().equals(envelope.getId())).orElse(false))
                .toList();
        return new EnvelopeView(envelope, envelope.getOperator().getName(), lines(charged));
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
