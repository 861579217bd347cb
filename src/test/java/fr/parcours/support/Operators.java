package fr.parcours.support;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Role;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.DlaOperatorRegistry;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** DLA operators of the registry and the officers who work for them, each test its own. */
@Component
public class Operators {

    private final OrganisationRepository organisations;
    private final DlaOperatorRegistry registry;
    private final UserAccounts accounts;

    Operators(OrganisationRepository organisations, DlaOperatorRegistry registry, UserAccounts accounts) {
        this.organisations = organisations;
        this.registry = registry;
        this.accounts = accounts;
    }

    /** A new operator of these departments of the region (its head office in the first), registered. */
    public Organisation newOperator(String name, String region, String... departments) {
        Organisation operator = organisations.save(new Organisation(name, null, "Association",
                OrganisationKind.OPERATOR, "Ajaccio", departments[0], region));
        registry.register(operator.getId(), region, false, List.of(departments));
        return operator;
    }

    /** An officer of this department, recorded as working for the operator; returns the login id. */
    public String officerOf(Organisation operator, String officer, String region, String department) {
        UserScope scope = UserScope.department(officer, region, department);
        accounts.createIfMissing(officer, "Agent", "Test", DemoUsers.PASSWORD, List.of(Groups.DLA_OFFICERS), scope);
        accounts.assign(officer, Role.OFFICER, scope, operator.getId());
        return officer;
    }
}
