package fr.parcours.admin.operators;

import fr.parcours.audit.CaseEvent;
import fr.parcours.identity.Role;
import fr.parcours.identity.UserAccount;
import fr.parcours.identity.UserAccountRepository;
import fr.parcours.identity.UserNames;
import fr.parcours.identity.UserScopeRepository;
import fr.parcours.organisation.DlaOperatorRegistry;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.SiretTakenException;
import fr.parcours.organisation.Territories;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DLA operators ("porteurs"): an organisation of kind OPERATOR carrying the DLA of one or more departments of
 * one region, or a regional DLA, and the officers who work for it. Several operators per region. The registry
 * itself ({@link DlaOperatorRegistry}) is the source of truth; an operator's DLA_OPERATOR role derives from it.
 */
@Service
public class DlaOperators {

    public static final String CASE_TYPE = "DLA_OPERATOR";

    private final DlaOperatorRegistry registry;
    private final OrganisationRepository organisations;
    private final Territories territories;
    private final UserAccountRepository accounts;
    private final UserScopeRepository scopes;
    private final UserNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DlaOperators(DlaOperatorRegistry registry, OrganisationRepository organisations, Territories territories,
                 UserAccountRepository accounts, UserScopeRepository scopes, UserNames names, ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.organisations = organisations;
        this.territories = territories;
        this.accounts = accounts;
        this.scopes = scopes;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    /** An operator as listed: its organisation, region, departments and officers (by name). */
    public record Operator(long id, String name, String city, String regionCode, boolean regional,
                           List<String> departmentCodes, List<String> officers) {
    }

    /** What an administrator enters for a new operator; checked by the form before it gets here. */
    public record NewOperator(String name, String siret, LegalForm legalForm, String city,
                              String headOfficeDepartment, boolean regional, Collection<String> departmentCodes) {
    }

    @Transactional(readOnly = true)
    public List<Operator> all() {
        return registry.all().stream().map(this::withOfficers).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Operator> find(long id) {
        return registry.find(id).map(this::withOfficers);
    }

    private Operator withOfficers(DlaOperatorRegistry.DlaOperator operator) {
        Organisation organisation = organisations.findById(operator.id()).orElseThrow();
        List<String> officerIds = accounts.findByEmployerOrganisationIdAndRole(operator.id(), Role.OFFICER).stream()
                .filter(UserAccount::isActive).map(UserAccount::getUserId).toList();
        Map<String, String> byId = names.of(officerIds);
        return new Operator(operator.id(), operator.name(), organisation.getCity(), operator.regionCode(),
                operator.regional(), operator.departmentCodes(), officerIds.stream()
                .map(officer -> byId.getOrDefault(officer, officer)).sorted().toList());
    }

    public List<String> departmentsOf(long operatorId) {
        return registry.find(operatorId).map(DlaOperatorRegistry.DlaOperator::departmentCodes).orElse(List.of());
    }

    /** Records the organisation and the departments it covers; every department must lie in its region. */
    @Transactional
    public long create(NewOperator operator, String administrator) {
        if (operator.siret() != null && organisations.existsBySiret(operator.siret())) {
            throw new SiretTakenException(operator.siret());
        }
        Territories.Department headOffice = territories.department(operator.headOfficeDepartment()).orElseThrow();
        Organisation organisation = organisations.saveAndFlush(new Organisation(operator.name(), operator.siret(),
                operator.legalForm().stored(), OrganisationKind.OPERATOR, operator.city(), headOffice.code(),
                headOffice.regionCode()));
        registry.register(organisation.getId(), headOffice.regionCode(), operator.regional(),
                operator.departmentCodes());
        events.publishEvent(new CaseEvent(CASE_TYPE, organisation.getId(), "dla-operator-created", administrator,
                clock.instant(), String.join(" ", operator.departmentCodes())));
        return organisation.getId();
    }

    /** New departments (and regional flag) for an operator. Departments its officers still cover must stay. */
    @Transactional
    public void update(long operatorId, boolean regional, Collection<String> departmentCodes, String administrator) {
        find(operatorId).orElseThrow(() -> new OperatorNotFoundException(operatorId));
        registry.cover(operatorId, regional, departmentCodes);
        events.publishEvent(new CaseEvent(CASE_TYPE, operatorId, "dla-operator-updated", administrator,
                clock.instant(), String.join(" ", departmentCodes)));
    }

    /** The departments this operator's officers cover now: they stay covered while an officer works there. */
    @Transactional(readOnly = true)
    public Set<String> departmentsInUse(long operatorId) {
        Set<String> inUse = new TreeSet<>();
        accounts.findByEmployerOrganisationIdAndRole(operatorId, Role.OFFICER).stream()
                .filter(UserAccount::isActive)
                .forEach(account -> scopes.findById(account.getUserId())
                        .ifPresent(scope -> inUse.addAll(scope.departmentCodes())));
        return inUse;
    }

    /** Whether an officer of this operator may cover all these departments. */
    public boolean coversAll(long operatorId, Collection<String> departmentCodes) {
        return departmentsOf(operatorId).containsAll(departmentCodes);
    }

    /** No operator with this id: 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static class OperatorNotFoundException extends RuntimeException {
        public OperatorNotFoundException(long id) {
            super("No DLA operator " + id);
        }
    }
}
