package fr.parcours.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a user in Camunda's identity service together with its groups and its Parcours scope. */
@Service
public class UserAccounts {

    private final IdentityService identityService;
    private final UserScopeRepository scopes;

    UserAccounts(IdentityService identityService, UserScopeRepository scopes) {
        this.identityService = identityService;
        this.scopes = scopes;
    }

    /** Returns false, changing nothing, when the user already exists. */
    @Transactional
    public boolean createIfMissing(String id, String firstName, String lastName, String password,
                                   List<String> groupIds, UserScope scope) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return false;
        }
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@parcours.example");
        user.setPassword(password);
        identityService.saveUser(user);
        groupIds.forEach(groupId -> identityService.createMembership(id, groupId));
        if (groupIds.contains(Groups.DLA_OFFICERS) && scope.getDepartmentCode() != null) {
            String territory = Groups.dlaOfficersOf(scope.getDepartmentCode());
            createGroupIfMissing(territory, "DLA " + scope.getDepartmentCode(), "TERRITORY");
            identityService.createMembership(id, territory);
        }
        if (groupIds.contains(Groups.COORDINATORS) && scope.getRegionCode() != null) {
            String region = Groups.coordinatorsOf(scope.getRegionCode());
            createGroupIfMissing(region, "Coordination " + scope.getRegionCode(), "TERRITORY");
            identityService.createMembership(id, region);
        }
        if (groupIds.contains(Groups.ADMINS)) {
            // Camunda's webapps treat an engine without camunda-admin members as not set up, and offer
            // anyone a page to create the first administrator: never leave that door open.
            createGroupIfMissing(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN, "Camunda administrators",
                    org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);
            identityService.createMembership(id, org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
        }
        if (groupIds.contains(Groups.CONSULTANTS) && scope.getOrganisationId() != null) {
            String firm = Groups.consultantsOf(scope.getOrganisationId());
            createGroupIfMissing(firm, "Prestataire " + scope.getOrganisationId(), "ORGANISATION");
            identityService.createMembership(id, firm);
        }
        scopes.save(scope);
        return true;
    }

    private void createGroupIfMissing(String groupId, String name, String type) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }
}
