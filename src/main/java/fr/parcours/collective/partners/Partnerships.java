package fr.parcours.collective.partners;

import fr.parcours.audit.CaseEvent;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.NewCollective;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRole;
import fr.parcours.organisation.OrganisationRoles;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations running a collective DLA with its coordinators: carrying networks (an MRA, a CRESS…), chosen
 * among the organisations an administrator gave a carrier role, and departmental operators (that role again) of the
 * collective's region.
 * Recorded when the collective is opened or later by its region's coordinators, each time with an audit record.
 */
@Service
public class Partnerships {

    private final CollectivePartnerRepository partners;
    private final CollectiveService collectives;
    private final OrganisationRoles roles;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Partnerships(CollectivePartnerRepository partners, CollectiveService collectives,
                 OrganisationRoles roles, Clock clock, ApplicationEventPublisher events) {
        this.partners = partners;
        this.collectives = collectives;
        this.roles = roles;
        this.clock = clock;
        this.events = events;
    }

    /** Opens the collective and records its partners in one transaction: both or neither. */
    @Transactional
    public CollectiveAccompaniment open(NewCollective request, CollectivePartners named, String userId,
                                        UserScope scope) {
        CollectiveAccompaniment collective = collectives.open(request, userId, scope);
        if (!named.carrierIds().isEmpty() || !named.operatorIds().isEmpty()) {
            record(collective, named, userId);
        }
        return collective;
    }

    /** Replaces the partners of a collective the user runs; 404 for a collective of another region. */
    @Transactional
    public void change(long collectiveId, CollectivePartners named, String userId, UserScope scope) {
        record(collectives.visibleTo(collectiveId, scope), named, userId);
    }

    /** Organisations that may carry a collective: those holding a carrier role (an MRA, a CRESS). */
    @Transactional(readOnly = true)
    public List<Organisation> carrierChoices() {
        return roles.carriers();
    }

    /** Departmental operators of these regions, the only ones that may run a collective of them in a department. */
    @Transactional(readOnly = true)
    public List<Organisation> operatorChoices(Collection<String> regionCodes) {
        return roles.holding(List.of(OrganisationRole.DEPARTMENTAL_OPERATOR)).stream()
                .filter(organisation -> regionCodes.contains(organisation.getRegionCode()))
                .toList();
    }

    /** The partners of one collective. */
    @Transactional(readOnly = true)
    public Partners of(long collectiveId) {
        return ofAll(List.of(collectiveId)).getOrDefault(collectiveId, Partners.NONE);
    }

    /** The partners of several collectives in one query, by collective id; collectives without any are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Partners> ofAll(Collection<Long> collectiveIds) {
        if (collectiveIds.isEmpty()) {
            return Map.of();
        }
        return partners.findByCollectives(collectiveIds).stream()
                .collect(Collectors.groupingBy(CollectivePartner::getCollectiveId, Collectors.collectingAndThen(
                        Collectors.toList(), Partners::of)));
    }

    /** Checks the partners against the choices the forms offer: the forms' validation is not the only caller. */
    private void record(CollectiveAccompaniment collective, CollectivePartners named, String userId) {
        Set<Long> carrierIds = new HashSet<>(named.carrierIds());
        Set<Long> operatorIds = new HashSet<>(named.operatorIds());
        List<Organisation> carriers = carrierChoices().stream().filter(o -> carrierIds.contains(o.getId())).toList();
        List<Organisation> operators = operatorChoices(List.of(collective.getRegionCode())).stream()
                .filter(o -> operatorIds.contains(o.getId())).toList();
        if (carriers.size() != carrierIds.size() || operators.size() != operatorIds.size()
                || carrierIds.stream().anyMatch(operatorIds::contains)) {
            throw new IllegalArgumentException("partners outside the choices of collective " + collective.getId());
        }
        partners.deleteByCollective(collective.getId());
        carriers.forEach(o -> partners.save(new CollectivePartner(collective.getId(), o, PartnerRole.CARRIER)));
        operators.forEach(o -> partners.save(new CollectivePartner(collective.getId(), o, PartnerRole.OPERATOR)));
        events.publishEvent(new CaseEvent(CollectiveAccompaniment.CASE_TYPE, collective.getId(),
                "collective-partners-recorded", userId, Instant.now(clock), "porteurs : %s ; opérateurs départementaux : %s".formatted(
                        names(carriers), names(operators))));
    }

    private static String names(List<Organisation> named) {
        return named.isEmpty() ? "—" : named.stream().map(Organisation::getName).collect(Collectors.joining(", "));
    }

    /** A collective's carrying organisations and departmental operators, by name. */
    public record Partners(List<Organisation> carriers, List<Organisation> operators) {

        public static final Partners NONE = new Partners(List.of(), List.of());

        static Partners of(List<CollectivePartner> rows) {
            return new Partners(rows.stream().filter(p -> p.getRole() == PartnerRole.CARRIER)
                    .map(CollectivePartner::getOrganisation).toList(),
                    rows.stream().filter(p -> p.getRole() == PartnerRole.OPERATOR)
                            .map(CollectivePartner::getOrganisation).toList());
        }

        public boolean isEmpty() {
            return carriers.isEmpty() && operators.isEmpty();
        }
    }
}
