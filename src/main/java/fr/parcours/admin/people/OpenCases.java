package fr.parcours.admin.people;

import fr.parcours.identity.EngineRights;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many individual accompaniments of a department are still running (their process has not ended). */
@Component
class OpenCases {

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final EngineRights engineRights;

    OpenCases(JdbcClient jdbc, RuntimeService runtimeService, EngineRights engineRights) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.engineRights = engineRights;
    }

    long in(String departmentCode) {
        List<String> processes = jdbc.sql("select process_instance_id from accompaniment where department_code = ?"
                        + " and process_instance_id is not null").param(departmentCode).query(String.class).list();
        if (processes.isEmpty()) {
            return 0;
        }
        return engineRights.withoutUserChecks(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(processes)).count());
    }
}
