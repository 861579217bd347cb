package fr.parcours.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks without their per-command scan of the authorization table. Before its first
 * check in every command, the engine reads the distinct groups of all authorizations ({@code select
 * distinct(GROUP_ID_) from ACT_RU_AUTHORIZATION}) to drop the user's groups that hold none; that table has a row
 * per open task and candidate group, so the scan grows with the open tasks and ran several times per request.
 * A group without any authorization matches no row of the checks anyway, so passing the user's groups as they
 * are gives the same answers; a Parcours user has a handful of groups, so the check's IN list stays short.
 */
@Component
class AuthorizationChecksPlugin extends AbstractCamundaConfiguration {

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new UnfilteredGroupsAuthorizationManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    static class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
