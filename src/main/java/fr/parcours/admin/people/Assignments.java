package fr.parcours.admin.people;

import fr.parcours.admin.operators.DlaOperators;
import fr.parcours.identity.Role;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.organisation.Territories;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns what an administrator chose for a role into the person's scope and employer, after checking each choice
 * names what it must (an operator's own departments, an organisation of the right kind, councils of the
 * facilitator's region), and shows a scope by names.
 */
@Component
public class Assignments {

    private final DlaOperators operators;
    private final OrganisationRepository organisations;
    private final Territories territories;
    private final JdbcClient jdbc;

    Assignments(DlaOperators operators, OrganisationRepository organisations, Territories territories, JdbcClient jdbc) {
        this.operators = operators;
        this.organisations = organisations;
        this.territories = territories;
        this.jdbc = jdbc;
    }

    /** A council as offered to a facilitator. */
    public record CouncilChoice(long id, String name, String regionCode) {
    }

    record Resolved(UserScope scope, Long employer) {
    }

    /** What is wrong with the choice, field by field (message codes); empty when it can be saved. */
    public Map<String, String> check(Assignment assignment) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (assignment.role() == null) {
            errors.put("role", "admin.people.error.role");
            return errors;
        }
        switch (assignment.role()) {
            case OFFICER -> {
                if (assignment.operatorId() == null || operators.find(assignment.operatorId()).isEmpty()) {
                    errors.put("operatorId", "admin.people.error.operator");
                } else if (assignment.departmentCodes().isEmpty()
                        || !operators.coversAll(assignment.operatorId(), assignment.departmentCodes())) {
                    errors.put("departmentCodes", "admin.people.error.departments");
                }
            }
            case CONSULTANT -> {
                if (!isOfKind(assignment.consultantOrganisationId(), OrganisationKind.CONSULTANT)) {
                    errors.put("consultantOrganisationId", "admin.people.error.prestataire");
                }
            }
            case COORDINATOR -> {
                if (assignment.regionCode() == null || territories.region(assignment.regionCode()).isEmpty()) {
                    errors.put("regionCode", "admin.people.error.region");
                }
                if (!isOfKind(assignment.carrierOrganisationId(), OrganisationKind.OPERATOR)) {
                    errors.put("carrierOrganisationId", "admin.people.error.carrier");
                }
            }
            case FACILITATOR -> {
                Optional<Territories.Department> department = assignment.facilitatorDepartmentCode() == null
                        ? Optional.empty() : territories.department(assignment.facilitatorDepartmentCode());
                if (department.isEmpty()) {
                    errors.put("facilitatorDepartmentCode", "admin.people.error.department");
                } else {
                    List<Long> inRegion = councils().stream()
                            .filter(council -> council.regionCode().equals(department.get().regionCode()))
                            .map(CouncilChoice::id).toList();
                    if (!inRegion.containsAll(assignment.councilIds())) {
                        errors.put("councilIds", "admin.people.error.councils");
                    }
                }
            }
            case AUDITOR -> {
                if (assignment.regionCode() != null && territories.region(assignment.regionCode()).isEmpty()) {
                    errors.put("regionCode", "admin.people.error.region");
                }
            }
            case ADMIN -> {
            }
        }
        return errors;
    }

    Resolved resolve(String userId, Assignment assignment) {
        if (!check(assignment).isEmpty()) {
            throw new IllegalArgumentException("Assignment not valid: " + check(assignment));
        }
        return switch (assignment.role()) {
            case OFFICER -> new Resolved(UserScope.departments(userId,
                    operators.find(assignment.operatorId()).orElseThrow().regionCode(), assignment.departmentCodes()),
                    assignment.operatorId());
            case CONSULTANT -> new Resolved(UserScope.organisation(userId, assignment.consultantOrganisationId()),
                    assignment.consultantOrganisationId());
            case COORDINATOR -> new Resolved(UserScope.region(userId, assignment.regionCode()),
                    assignment.carrierOrganisationId());
            case FACILITATOR -> {
                Territories.Department department =
                        territories.department(assignment.facilitatorDepartmentCode()).orElseThrow();
                yield new Resolved(UserScope.department(userId, department.regionCode(), department.code()), null);
            }
            case AUDITOR -> new Resolved(assignment.regionCode() == null ? UserScope.national(userId)
                    : UserScope.region(userId, assignment.regionCode()), null);
            case ADMIN -> new Resolved(UserScope.national(userId), null);
        };
    }

    /** A scope by names: departments "Alpes-Maritimes (06)", the region, the organisation. */
    PersonRow.ScopeView view(UserScope scope, Long employer) {
        Long organisationId = scope.getOrganisationId() != null ? scope.getOrganisationId() : employer;
        String organisation = organisationId == null ? null
                : organisations.findById(organisationId).map(Organisation::getName).orElse(null);
        String region = scope.getRegionCode() == null ? null
                : territories.region(scope.getRegionCode()).map(Territories.Region::name).orElse(scope.getRegionCode());
        List<String> departments = scope.departmentCodes().stream()
                .map(code -> territories.department(code).map(found -> found.name() + " (" + code + ")").orElse(code))
                .toList();
        return new PersonRow.ScopeView(scope.isNational() && organisation == null, region, departments, organisation);
    }

    public List<CouncilChoice> councils() {
        return jdbc.sql("select id, name, region_code from council order by name").query(CouncilChoice.class).list();
    }

    List<Long> councilsOf(String userId) {
        return jdbc.sql("select council_id from council_facilitator where user_id = ? order by council_id")
                .param(userId).query(Long.class).list();
    }

    private boolean isOfKind(Long organisationId, OrganisationKind kind) {
        return organisationId != null
                && organisations.findById(organisationId).filter(found -> found.getKind() == kind).isPresent();
    }
}
