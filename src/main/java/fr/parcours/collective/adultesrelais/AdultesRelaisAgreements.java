package fr.parcours.collective.adultesrelais;

import static fr.parcours.collective.adultesrelais.process.AdulteRelaisProcess.*;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records adultes-relais agreements within the user's scope (a structure of their department or region; 404
 * otherwise), starts one {@code adulte-relais-agreement} process per agreement, and records the plan made when it
 * nears its end. Every change leaves an audit record; none carries personal data (posts are named by job title).
 */
@Service
public class AdultesRelaisAgreements {

    private final AgreementRepository agreements;
    private final OrganisationRepository organisations;
    private final RuntimeService runtimeService;
    private final EngineRights engineRights;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AdultesRelaisAgreements(AgreementRepository agreements, OrganisationRepository organisations,
                            RuntimeService runtimeService, EngineRights engineRights, JdbcTemplate jdbc, Clock clock,
                            ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.runtimeService = runtimeService;
        this.engineRights = engineRights;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Records the agreement and starts its process, whose timer fires six months before the end. */
    @Transactional
    public AdulteRelaisAgreement record(NewAgreement request, String userId, UserScope scope) {
        Organisation structure = organisations.findById(request.organisationId())
                .filter(found -> found.getKind() == OrganisationKind.STRUCTURE)
                .filter(found -> scope.covers(found.getRegionCode(), found.getDepartmentCode()))
                .orElseThrow(() -> new CaseNotFoundException(request.organisationId()));
        require(request.endDate().isAfter(request.startDate()), "end before start");
        requireAmount(request.stateAid());
        String reference = "AR-%d-%05d".formatted(Year.now(clock).getValue(), agreements.nextNumber());
        AdulteRelaisAgreement agreement = agreements.save(new AdulteRelaisAgreement(reference, structure, request,
                userId, Instant.now(clock)));
        // The structure was checked above: the app starts the process, officers hold no right to start one.
        ProcessInstance instance = engineRights.withoutUserChecks(() -> runtimeService.startProcessInstanceByKey(KEY,
                reference, Map.of(VAR_AGREEMENT_ID, agreement.getId(),
                        VAR_FOLLOWER_GROUPS, followerGroups(structure),
                        VAR_REMINDER_DATE, date(agreement.reminderDate()))));
        agreement.attachProcess(instance.getId());
        publish(agreement, "adulte-relais-agreement-recorded", userId, "%s, %s → %s, aide %s €".formatted(reference,
                request.startDate(), request.endDate(), request.stateAid().toPlainString()));
        return agreement;
    }

    /** The agreements of the structures within the scope, soonest end first. */
    @Transactional(readOnly = true)
    public List<AdulteRelaisAgreement> within(UserScope scope) {
        if (scope.getOrganisationId() != null) {
            return List.of();
        }
        return agreements.findWithin(scope.getRegionCode(), scope.getDepartmentCode());
    }

    /** One agreement within the scope; 404 otherwise. */
    @Transactional(readOnly = true)
    public AdulteRelaisAgreement visibleTo(long agreementId, UserScope scope) {
        return agreements.findById(agreementId).filter(found -> covers(scope, found))
                .orElseThrow(() -> new CaseNotFoundException(agreementId));
    }

    /** The agreement a process instance follows, within the scope; 404 otherwise. */
    @Transactional(readOnly = true)
    public AdulteRelaisAgreement ofProcessVisibleTo(String processInstanceId, UserScope scope) {
        return agreements.findByProcessInstanceId(processInstanceId).filter(found -> covers(scope, found))
                .orElseThrow(() -> new CaseNotFoundException(processInstanceId));
    }

    /** The agreements of these process instances (for task lists), whatever the scope: the caller has filtered. */
    @Transactional(readOnly = true)
    public List<AdulteRelaisAgreement> ofProcesses(List<String> processInstanceIds) {
        return agreements.findByProcessInstanceIdIn(processInstanceIds);
    }

    /**
     * Records the plan for an agreement near its end (the delegate after the task, in its transaction): renewed to a
     * later end with its State aid, made permanent, or ended. Returns the agreement as it now stands.
     */
    @Transactional
    public AdulteRelaisAgreement recordPlan(long agreementId, RenewalPlan plan) {
        AdulteRelaisAgreement agreement = agreements.findById(agreementId)
                .orElseThrow(() -> new CaseNotFoundException(agreementId));
        require(agreement.getStatus().isOpen(), "agreement already closed");
        require(!plan.decidedOn().isBefore(agreement.getStartDate()), "decision before the start");
        switch (plan.outcome()) {
            case RENEW -> {
                require(plan.newEndDate() != null && plan.newEndDate().isAfter(agreement.getEndDate()),
                        "renewal must end later");
                requireAmount(plan.stateAid());
                agreement.renew(plan.decidedOn(), plan.newEndDate(), plan.stateAid());
            }
            case MAKE_PERMANENT -> agreement.close(AgreementStatus.MADE_PERMANENT, plan.decidedOn());
            case END -> agreement.close(AgreementStatus.ENDED, plan.decidedOn());
        }
        publish(agreement, "adulte-relais-" + plan.outcome().name().toLowerCase().replace('_', '-'),
                plan.decidedBy(), agreement.getReference() + " : " + agreement.getStatus()
                        + (plan.outcome() == RenewalOutcome.RENEW ? " jusqu'au " + plan.newEndDate() : ""));
        return agreement;
    }

    /** The structure's officers, and the coordinators of its region when it takes part in a collective DLA. */
    List<String> followerGroups(Organisation structure) {
        List<String> groups = new ArrayList<>(List.of(Groups.dlaOfficersOf(structure.getDepartmentCode())));
        Integer collectives = jdbc.queryForObject("select count(*) from collective_participation"
                + " where organisation_id = ? and status = 'PARTICIPATING'", Integer.class, structure.getId());
        if (collectives != null && collectives > 0) {
            groups.add(Groups.coordinatorsOf(structure.getRegionCode()));
        }
        return groups;
    }

    public Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    private static boolean covers(UserScope scope, AdulteRelaisAgreement agreement) {
        return scope.getOrganisationId() == null && scope.covers(agreement.getOrganisation().getRegionCode(),
                agreement.getOrganisation().getDepartmentCode());
    }

    private void publish(AdulteRelaisAgreement agreement, String action, String userId, String details) {
        events.publishEvent(new CaseEvent(AdulteRelaisAgreement.CASE_TYPE, agreement.getId(), action, userId,
                Instant.now(clock), details));
    }

    private static void requireAmount(BigDecimal amount) {
        require(amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2,
                "amount must be positive with two decimals at most");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
