package fr.parcours.council.administration;

import fr.parcours.audit.CaseEvent;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilRepository;
import fr.parcours.council.CouncilService;
import fr.parcours.council.NewCouncil;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.Territory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Founding and editing councils: regional coordinators in their own region, admins (national scope) anywhere. Roles
 * are checked by the caller; reach (region) here, 404 otherwise. Facilitators are assigned by
 * {@link fr.parcours.council.facilitators.CouncilFacilitators}.
 */
@Service
public class CouncilAdministration {

    private final CouncilRepository repository;
    private final CouncilService councils;
    private final OrganisationRepository organisations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CouncilAdministration(CouncilRepository repository, CouncilService councils, OrganisationRepository organisations,
                          Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.councils = councils;
        this.organisations = organisations;
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
                .collect(Collectors.toMap(Territory::departmentCode, Territory::regionCode, (first, second) -> first));
    }

    /** The structures that may carry a council: the organisations of the regions open to the user. */
    @Transactional(readOnly = true)
    public List<Organisation> carriers(UserScope scope) {
        List<String> regions = regionsOpenTo(scope);
        return organisations.findAll(Sort.by("name")).stream()
                .filter(o -> scope.isNational() || regions.contains(o.getRegionCode())).toList();
    }

    /** Founds a council in a region open to the user; refused elsewhere. */
    @Transactional
    public Council create(NewCouncil request, String userId, UserScope scope) {
        requireRegion(request, scope);
        Council council = repository.save(new Council(request));
        events.publishEvent(new CaseEvent(Council.CASE_TYPE, council.getId(), "council-created", userId,
                clock.instant(), "%s, %s".formatted(council.getName(), council.getCity())));
        return council;
    }

    @Transactional
    public Council update(long councilId, NewCouncil request, String userId, UserScope scope) {
        Council council = councils.visibleTo(councilId, userId, scope);
        requireRegion(request, scope);
        council.update(request);
        events.publishEvent(new CaseEvent(Council.CASE_TYPE, councilId, "council-updated", userId,
                clock.instant(), "%s, %s".formatted(request.name(), request.city())));
        return council;
    }

    private void requireRegion(NewCouncil request, UserScope scope) {
        if (!regionsOpenTo(scope).contains(request.regionCode())) {
            throw new IllegalArgumentException("Region " + request.regionCode() + " is not open to this user");
        }
    }
}
