package fr.parcours.admin.carriers;

import fr.parcours.admin.structures.StructureAdministration;
import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.OrganisationRole;
import fr.parcours.organisation.OrganisationRoles;
import fr.parcours.organisation.SiretTakenException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carriers and operators: the MRA and CRESS that carry collectives, departmental operators, DLA operators. New
 * ones are organisations of kind {@link OrganisationKind#OPERATOR}; an existing consultant network (France
 * Médiation's MRA) gets a role too. Structures never hold one. Each write is audited with the roles it leaves.
 */
@Service
public class CarrierAdministration {

    /** An organisation and the roles it holds. */
    public record Carrier(Organisation organisation, Set<OrganisationRole> roles) {
    }

    private final OrganisationRepository organisations;
    private final OrganisationRoles roles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CarrierAdministration(OrganisationRepository organisations, OrganisationRoles roles,
                          ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.roles = roles;
        this.events = events;
        this.clock = clock;
    }

    /** Every organisation holding a role, by name. */
    @Transactional(readOnly = true)
    public List<Carrier> carriers() {
        Map<Long, Set<OrganisationRole>> all = roles.all();
        return roles.holding(Arrays.asList(OrganisationRole.values())).stream()
                .map(o -> new Carrier(o, all.get(o.getId()))).toList();
    }

    /** Operators and consultant organisations holding no role yet, which may be given one. */
    @Transactional(readOnly = true)
    public List<Organisation> withoutRole() {
        Set<Long> holding = roles.all().keySet();
        return Stream.of(OrganisationKind.OPERATOR, OrganisationKind.CONSULTANT)
                .flatMap(kind -> organisations.findByKindOrderByName(kind).stream())
                .filter(o -> !holding.contains(o.getId()))
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName())).toList();
    }

    /** An operator or consultant organisation by id; a structure or nothing is a 404. */
    @Transactional(readOnly = true)
    public Carrier carrier(long id) {
        Organisation organisation = organisations.findById(id).filter(o -> o.getKind() != OrganisationKind.STRUCTURE)
                .orElseThrow(() -> new CaseNotFoundException(id));
        return new Carrier(organisation, roles.of(id));
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> withSiret(String siret) {
        return organisations.findBySiret(siret);
    }

    @Transactional
    public Organisation create(CarrierDetails details, String administrator) {
        if (details.siret() != null && organisations.existsBySiret(details.siret())) {
            throw new SiretTakenException(details.siret());
        }
        Organisation created = organisations.save(new Organisation(details.name(), details.siret(),
                details.legalForm().stored(), OrganisationKind.OPERATOR, details.city(),
                details.territory().departmentCode(), details.territory().regionCode()));
        roles.assign(created.getId(), details.roles());
        publish(created.getId(), "carrier-created", details.roles(), administrator);
        return created;
    }

    @Transactional
    public void update(long id, CarrierDetails details, String administrator) {
        Organisation organisation = carrier(id).organisation();
        if (details.siret() != null) {
            organisations.findBySiret(details.siret()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
                throw new SiretTakenException(details.siret());
            });
        }
        organisation.describe(details.name(), details.siret(), details.legalForm().stored(), details.city(),
                details.territory());
        roles.assign(id, details.roles());
        publish(id, "carrier-updated", details.roles(), administrator);
    }

    private void publish(long id, String action, Set<OrganisationRole> held, String administrator) {
        events.publishEvent(new CaseEvent(StructureAdministration.CASE_TYPE, id, action, administrator,
                clock.instant(), held.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
    }
}
