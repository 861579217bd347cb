package fr.parcours.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/** Makes the {@code admins} group Camunda administrators, so engine operations in Cockpit/Admin work for them. */
@Component
class AdminGroupPlugin extends AbstractCamundaConfiguration {

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<String> adminGroups = configuration.getAdminGroups() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getAdminGroups());
        adminGroups.add(Groups.ADMINS);
        configuration.setAdminGroups(adminGroups);
    }
}
