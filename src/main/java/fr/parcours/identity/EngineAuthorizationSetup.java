package fr.parcours.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Creates the groups of docs/domain.md#roles-and-scopes and the engine authorizations each one needs. Runs at every start
 * and only adds what is missing, so it is safe after upgrades and on every node of a cluster (nodes starting together
 * run it one after the other: {@code system/StartupLock}); it also takes back what earlier versions granted and no
 * role should hold any more.
 * Task-level rights come from the engine itself: it grants a task's candidate groups and assignee READ and
 * TASK_WORK ({@code default-user-permission-name-for-task}), never UPDATE. Nobody but administrators starts a
 * process in the engine: the app's services start them as the system, after their own scope checks.
 */
@Component
public class EngineAuthorizationSetup {

    private static final String TASKLIST = "tasklist";
    private static final String DLA_FIT_DECISION = "dla-fit";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    EngineAuthorizationSetup(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    public void apply() {
        createGroup(Groups.DLA_OFFICERS, "Chargé·es d'accompagnement DLA");
        createGroup(Groups.CONSULTANTS, "Prestataires");
        createGroup(Groups.COORDINATORS, "Coordinateur·rices régionaux");
        createGroup(Groups.FACILITATORS, "Animateur·rices de conseils citoyens");
        createGroup(Groups.AUDITORS, "Auditeur·rices");
        createGroup(Groups.ADMINS, "Administrateur·rices");

        for (Resources resource : Resources.values()) {
            grant(Groups.ADMINS, resource, ANY, Permissions.ALL);
        }
        for (String group : List.of(Groups.DLA_OFFICERS, Groups.CONSULTANTS, Groups.COORDINATORS, Groups.FACILITATORS)) {
            grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            grant(group, Resources.FILTER, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
        // The accueil form shows the fit suggested by processes/dla-fit.dmn, evaluated as the officer.
        grant(Groups.DLA_OFFICERS, Resources.DECISION_DEFINITION, DLA_FIT_DECISION,
                Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(Groups.AUDITORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);

        // Granted by earlier versions: a direct start through the REST API skipped the app's checks.
        revokeStart(Groups.DLA_OFFICERS, "dla-individual");
        revokeStart(Groups.COORDINATORS, "dla-collective");
        revokeStart(Groups.FACILITATORS, "council-cycle");
        workInsteadOfUpdateOnTasks();
    }

    private void revokeStart(String group, String processKey) {
        revoke(group, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE);
        revoke(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    /** Tasks created before TASK_WORK became the default still grant UPDATE: it becomes TASK_WORK. */
    private void workInsteadOfUpdateOnTasks() {
        authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list().stream()
                .filter(authorization -> !ANY.equals(authorization.getResourceId()))
                .filter(authorization -> !Groups.ADMINS.equals(authorization.getGroupId()))
                .forEach(authorization -> {
                    authorization.removePermission(Permissions.UPDATE);
                    authorization.addPermission(TaskPermissions.TASK_WORK);
                    authorizationService.saveAuthorization(authorization);
                });
    }

    /** Removes these permissions from the group's grant; a grant left with none is deleted. */
    private void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
        for (Authorization authorization : authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .list()) {
            for (Permission permission : permissions) {
                authorization.removePermission(permission);
            }
            // NONE (value 0) always counts as granted: a grant is empty when nothing else is.
            boolean empty = Arrays.stream(authorization.getPermissions(Permissions.values()))
                    .allMatch(granted -> granted == Permissions.NONE);
            if (empty) {
                authorizationService.deleteAuthorization(authorization.getId());
            } else {
                authorizationService.saveAuthorization(authorization);
            }
        }
    }

    private void createGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
        if (exists) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
