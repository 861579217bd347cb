package fr.parcours.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import fr.parcours.support.ParcoursServerTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A database set up by an earlier version: the start takes back what no role should hold any more. */
@ParcoursServerTest
class EngineAuthorizationSetupTests {

    @Autowired
    EngineAuthorizationSetup setup;
    @Autowired
    AuthorizationService authorizationService;

    @Test
    void earlierStartRightsAreRevokedAndTheSetupStaysIdempotent() {
        grant(Groups.DLA_OFFICERS, Resources.PROCESS_DEFINITION, "dla-individual", Permissions.READ,
                Permissions.CREATE_INSTANCE);
        grant(Groups.COORDINATORS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        grant(Groups.FACILITATORS, Resources.PROCESS_DEFINITION, "council-cycle", Permissions.READ,
                Permissions.CREATE_INSTANCE);

        setup.apply();
        setup.apply();

        for (String group : List.of(Groups.DLA_OFFICERS, Groups.COORDINATORS, Groups.FACILITATORS)) {
            for (String key : List.of("dla-individual", "dla-collective", "council-cycle")) {
                assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.CREATE_INSTANCE,
                        Resources.PROCESS_DEFINITION, key)).as(group + " " + key).isFalse();
            }
            assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.CREATE,
                    Resources.PROCESS_INSTANCE)).as(group).isFalse();
            // Reading the definitions stays: Tasklist shows the process of each task.
            assertThat(authorizationService.isUserAuthorized("nobody", List.of(group), Permissions.READ,
                    Resources.PROCESS_DEFINITION, "dla-individual")).as(group).isTrue();
        }
        assertThat(authorizationService.isUserAuthorized("nobody", List.of(Groups.ADMINS), Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "dla-individual")).isTrue();
    }

    @Test
    void taskGrantsOfEarlierVersionsLetWorkButNoLongerRewrite() {
        String taskId = UUID.randomUUID().toString();
        Authorization old = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        old.setUserId(DemoUsers.FACILITATOR_PARIS);
        old.setResource(Resources.TASK);
        old.setResourceId(taskId);
        old.addPermission(Permissions.READ);
        old.addPermission(Permissions.UPDATE);
        authorizationService.saveAuthorization(old);

        setup.apply();

        assertThat(mayOnTask(Permissions.UPDATE, taskId)).isFalse();
        assertThat(mayOnTask(TaskPermissions.TASK_WORK, taskId)).isTrue();
        assertThat(mayOnTask(Permissions.READ, taskId)).isTrue();
        authorizationService.createAuthorizationQuery().userIdIn(DemoUsers.FACILITATOR_PARIS).resourceId(taskId).list()
                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    }

    private boolean mayOnTask(Permission permission, String taskId) {
        return authorizationService.isUserAuthorized(DemoUsers.FACILITATOR_PARIS, List.of(), permission,
                Resources.TASK, taskId);
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
