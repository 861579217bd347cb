package fr.parcours.budget;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.DlaOperatorRegistry;
import fr.parcours.organisation.OrganisationRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the ingénierie budget: envelopes, co-financing lines, invoices and their payment, the order date. Each
 * checks the user's reach (404 outside it) and the budget's rules ({@link BudgetRuleException}, nothing saved), and
 * leaves an audit record: a mission's on its case, an envelope's under {@value #ENVELOPE_CASE_TYPE}.
 */
@Service
public class BudgetService {

    public static final String ENVELOPE_CASE_TYPE = "BUDGET_ENVELOPE";

    private final BudgetEnvelopeRepository envelopes;
    private final MissionCostRepository missions;
    private final CofinancingRepository cofinancing;
    private final InvoiceRepository invoices;
    private final IngenierieBudgets budgets;
    private final OrganisationRepository organisations;
    private final DlaOperatorRegistry registry;
    private final OperatorReach reach;
    private final CollectiveService collectives;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BudgetService(BudgetEnvelopeRepository envelopes, MissionCostRepository missions, CofinancingRepository cofinancing,
                  InvoiceRepository invoices, IngenierieBudgets budgets, OrganisationRepository organisations,
                  DlaOperatorRegistry registry, OperatorReach reach, CollectiveService collectives, Clock clock,
                  ApplicationEventPublisher events) {
        this.registry = registry;
        this.reach = reach;
        this.envelopes = envelopes;
        this.missions = missions;
        this.cofinancing = cofinancing;
        this.invoices = invoices;
        this.budgets = budgets;
        this.organisations = organisations;
        this.collectives = collectives;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Sets a DLA operator's envelope of a year. The operator must be one of the registry that the user manages (the
     * operator they work for; any for a national scope); its territory is the operator's. An officer recorded as
     * working for no operator is told so.
     */
    @Transactional
    public BudgetEnvelope setOperatorEnvelope(long operatorId, int year, BigDecimal amount, String userId,
                                              UserScope scope) {
        if (reach.lacksOperator(scope)) {
            throw new BudgetRuleException("operatorId", "budget.error.officer-without-operator");
        }
        DlaOperatorRegistry.DlaOperator operator = registry.find(operatorId)
                .filter(found -> reach.of(scope).manages(found.id()))
                .orElseThrow(() -> new BudgetRuleException("operatorId", "budget.error.operator-out-of-reach"));
        Organisation organisation = organisations.findById(operator.id()).orElseThrow();
        BudgetEnvelope envelope = envelopes.findByOperator(operatorId, year).orElseGet(
                () -> BudgetEnvelope.ofOperator(organisation, operator.regionCode(), year));
        return save(envelope, amount, userId);
    }

    /** Sets a collective's envelope of a year; the collective must be within the coordinator's reach. */
    @Transactional
    public BudgetEnvelope setCollectiveEnvelope(long collectiveId, int year, BigDecimal amount, String userId,
                                                UserScope scope) {
        CollectiveAccompaniment collective = collectives.visibleTo(collectiveId, scope);
        if (!BudgetTerritory.writable(scope, collective.getRegionCode())) {
            throw new CaseNotFoundException(collectiveId);
        }
        BudgetEnvelope envelope = envelopes.findByCollectiveIdAndBudgetYear(collectiveId, year)
                .orElseGet(() -> BudgetEnvelope.ofCollective(collectiveId, collective.getRegionCode(), year));
        return save(envelope, amount, userId);
    }

    /** Adds a co-financing line; the lines together may not exceed the agreed amount. */
    @Transactional
    public void addCofinancing(long missionCostId, CofinancingSource source, String funder, BigDecimal amount,
                               String userId, UserScope scope) {
        MissionLine line = writable(missionCostId, scope);
        positive("amount", amount);
        if (line.cofinanced().add(amount).compareTo(line.agreed()) > 0) {
            throw new BudgetRuleException("amount", "budget.error.cofinancing-over-agreed");
        }
        cofinancing.save(new Cofinancing(missionCostId, source, funder, amount));
        publish(line.cost(), "mission-cofinancing-added", userId, source + " " + amount.toPlainString() + " €");
    }

    /** Removes a co-financing line of this mission. */
    @Transactional
    public void removeCofinancing(long missionCostId, long cofinancingId, String userId, UserScope scope) {
        MissionLine line = writable(missionCostId, scope);
        Cofinancing share = line.cofinancing().stream().filter(found -> found.getId() == cofinancingId).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(cofinancingId));
        cofinancing.delete(share);
        publish(line.cost(), "mission-cofinancing-removed", userId,
                share.getSource() + " " + share.getAmount().toPlainString() + " €");
    }

    /** Records an invoice received on or after the order date, within the agreed amount. */
    @Transactional
    public void receiveInvoice(long missionCostId, String reference, LocalDate receivedOn, BigDecimal amount,
                               String userId, UserScope scope) {
        MissionLine line = writable(missionCostId, scope);
        positive("amount", amount);
        if (receivedOn.isBefore(line.cost().getOrderedOn())) {
            throw new BudgetRuleException("receivedOn", "budget.error.invoice-before-order");
        }
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw new BudgetRuleException("receivedOn", "budget.error.in-the-future");
        }
        if (line.invoiced().add(amount).compareTo(line.agreed()) > 0) {
            throw new BudgetRuleException("amount", "budget.error.invoices-over-agreed");
        }
        invoices.save(new Invoice(missionCostId, reference, receivedOn, amount));
        publish(line.cost(), "mission-invoice-received", userId, amount.toPlainString() + " € (" + receivedOn + ")");
    }

    /** Records the payment of one of this mission's invoices, on or after its receipt. */
    @Transactional
    public void payInvoice(long missionCostId, long invoiceId, LocalDate paidOn, String userId, UserScope scope) {
        MissionLine line = writable(missionCostId, scope);
        Invoice invoice = line.invoices().stream().filter(found -> found.getId() == invoiceId).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(invoiceId));
        if (invoice.isPaid()) {
            throw new BudgetRuleException("paidOn", "budget.error.already-paid");
        }
        if (paidOn.isBefore(invoice.getReceivedOn())) {
            throw new BudgetRuleException("paidOn", "budget.error.paid-before-received");
        }
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw new BudgetRuleException("paidOn", "budget.error.in-the-future");
        }
        invoices.findById(invoiceId).orElseThrow().pay(paidOn);
        publish(line.cost(), "mission-invoice-paid", userId, invoice.getAmount().toPlainString() + " € (" + paidOn + ")");
    }

    /** Changes the order date; it may not fall after an invoice already received. */
    @Transactional
    public void reorder(long missionCostId, LocalDate orderedOn, String userId, UserScope scope) {
        MissionLine line = writable(missionCostId, scope);
        if (line.invoices().stream().anyMatch(invoice -> invoice.getReceivedOn().isBefore(orderedOn))) {
            throw new BudgetRuleException("orderedOn", "budget.error.order-after-invoice");
        }
        if (orderedOn.isAfter(LocalDate.now(clock))) {
            throw new BudgetRuleException("orderedOn", "budget.error.in-the-future");
        }
        missions.findById(missionCostId).orElseThrow().reorder(orderedOn);
        publish(line.cost(), "mission-order-dated", userId, orderedOn.toString());
    }

    private BudgetEnvelope save(BudgetEnvelope envelope, BigDecimal amount, String userId) {
        positive("amount", amount);
        envelope.setAmount(amount, userId, Instant.now(clock));
        BudgetEnvelope saved = envelopes.save(envelope);
        events.publishEvent(new CaseEvent(ENVELOPE_CASE_TYPE, saved.getId(), "budget-envelope-set", userId,
                Instant.now(clock), saved.getBudgetYear() + " : " + amount.toPlainString() + " €"));
        return saved;
    }

    private MissionLine writable(long missionCostId, UserScope scope) {
        MissionLine line = budgets.mission(missionCostId, scope);
        if (!budgets.manages(line.cost(), scope)) {
            throw new CaseNotFoundException(missionCostId);
        }
        return line;
    }

    private static void positive(String field, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new BudgetRuleException(field, "budget.error.amount");
        }
    }

    void publish(MissionCost cost, String action, String userId, String details) {
        events.publishEvent(cost.isCollective()
                ? new CaseEvent(CollectiveAccompaniment.CASE_TYPE, cost.getCollectiveId(), action, userId,
                Instant.now(clock), details)
                : new CaseEvent(CaseEvent.ACCOMPANIMENT, cost.getAccompanimentId(), action, userId, Instant.now(clock),
                details));
    }
}
