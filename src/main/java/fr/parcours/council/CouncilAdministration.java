package fr.parcours.council;

import fr.parcours.audit.CaseEvent;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserNames;
import fr.parcours.identity.UserScope;
import fr.parcours.identity.UserScopeRepository;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.Territory;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Founding and editing councils, assigning their facilitators and ending those assignments: regional coordinators
 * in their own region, admins (national scope) anywhere. Roles are checked by the caller; reach (region) here, 404 otherwise.
 */
@Service
public class CouncilAdministration {

    private final CouncilService councils;
    private final OrganisationRepository organisations;
    private final UserScopeRepository userScopes;
    private final IdentityService identityService;
    private final UserNames names;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CouncilAdministration(CouncilService councils, OrganisationRepository organisations, UserScopeRepository userScopes,
                          IdentityService identityService, UserNames names, JdbcTemplate jdbc, Clock clock,
                          ApplicationEventPublisher events) {
        this.councils = councils;
        this.organisations = organisations;
        this.userScopes = userScopes;
        this.identityService = identityService;
        this.names = names;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The regions where the user may found a council: their own for a coordinator, every known one for admins. */
    @Transactional(readOnly = true)
    public List<String> regionsOpenTo(UserScope scope) {
        if (scope.isNational()) {
            return organisations.findTerritories().stream().map(Territory::regionCode).filter(Objects::nonNull)
                    .distinct().sorted().toList();
        }
        return scope.isRegional() ? List.of(scope.getRegionCode()) : List.of();
    }

    /** The region a department belongs to, when some organisation of Parcours lies in it. */
    @Transactional(readOnly = true)
    public Map<String, String> knownDepartments() {
        return organisations.findTerritories().stream().filter(t -> t.departmentCode() != null)
                .collect(java.util.stream.Collectors.toMap(Territory::departmentCode, Territory::regionCode,
                        (first, second) -> first));
    }

    /** The structures that may carry a council: the organisations of the regions open to the user. */
    @Transactional(readOnly = true)
    public List<Organisation> carriers(UserScope scope) {
        List<String> regions = regionsOpenTo(scope);
        return organisations.findAll(Sort.by("name")).stream()
                .filter(o -> scope.isNational() || regions.contains(o.getRegionCode())).toList();
    }

    @Transactional
    public Council create(NewCouncil request, String userId, UserScope scope) {
        requireRegion(request, scope);
        return councils.create(request, userId);
    }

    @Transactional
    public Council update(long councilId, NewCouncil request, String userId, UserScope scope) {
        Council council = councils.visibleTo(councilId, userId, scope);
        requireRegion(request, scope);
        council.update(request);
        events.publishEvent(new CaseEvent(CouncilService.CASE_TYPE, councilId, "council-updated", userId,
                clock.instant(), "%s, %s".formatted(request.name(), request.city())));
        return council;
    }

    /** The facilitators assigned to the council, by name. */
    @Transactional(readOnly = true)
    public List<Person> facilitatorsOf(long councilId) {
        List<String> ids = jdbc.queryForList("select user_id from council_facilitator where council_id = ?",
                String.class, councilId);
        Map<String, String> byId = names.of(ids);
        return ids.stream().map(id -> new Person(id, byId.getOrDefault(id, id)))
                .sorted(Comparator.comparing(Person::name)).toList();
    }

    /**
     * The facilitators who may be assigned: those working in the council's region. Read without the viewer's
     * engine authorizations, which would hide the users a coordinator has no engine grant on (as UserNames does).
     */
    @Transactional(readOnly = true)
    public List<Person> candidates(Council council) {
        return facilitators().stream()
                .filter(user -> userScopes.findById(user.getId())
                        .map(s -> council.getRegionCode().equals(s.getRegionCode())).orElse(false))
                .map(CouncilAdministration::person).sorted(Comparator.comparing(Person::name)).toList();
    }

    /** Assigns one of the council's candidates; 404 for a council out of reach, refused for anyone else. */
    @Transactional
    public void assign(long councilId, String facilitatorId, String userId, UserScope scope) {
        Council council = councils.visibleTo(councilId, userId, scope);
        if (candidates(council).stream().noneMatch(p -> p.id().equals(facilitatorId))) {
            throw new IllegalArgumentException(facilitatorId + " is no facilitator of region " + council.getRegionCode());
        }
        // The council's candidate group is Parcours' bookkeeping, not a grant the coordinator holds in the engine:
        // their reach was checked above, so the engine writes it without their authorizations.
        asParcours(() -> {
            councils.assignFacilitator(councilId, facilitatorId, userId);
            return null;
        });
    }

    /**
     * Ends a facilitator's assignment to a council within reach (404 otherwise); false, nothing changed, when they
     * were not assigned to it. Written without the viewer's engine authorizations, as {@link #assign} is.
     */
    @Transactional
    public boolean remove(long councilId, String facilitatorId, String userId, UserScope scope) {
        councils.visibleTo(councilId, userId, scope);
        return asParcours(() -> councils.removeFacilitator(councilId, facilitatorId, userId));
    }

    private List<User> facilitators() {
        return asParcours(() -> identityService.createUserQuery().memberOfGroup(Groups.FACILITATORS).list());
    }

    private <T> T asParcours(Supplier<T> work) {
        Authentication viewer = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (viewer != null) {
                identityService.setAuthentication(viewer);
            }
        }
    }

    private void requireRegion(NewCouncil request, UserScope scope) {
        if (!regionsOpenTo(scope).contains(request.regionCode())) {
            throw new IllegalArgumentException("Region " + request.regionCode() + " is not open to this user");
        }
    }

    private static Person person(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return new Person(user.getId(), name.isEmpty() ? user.getId() : name);
    }

    /** A user shown by name. */
    public record Person(String id, String name) {
    }
}
