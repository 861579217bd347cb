package fr.parcours.council.demo;

import static fr.parcours.council.process.CouncilCycleProcess.VAR_HOURS_SPENT;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_SUBMISSION;

import fr.parcours.casework.CaseTasks;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.CouncilCycleRepository;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Carries a cycle through {@code council-cycle} as its facilitator would from the forms: task by task, hours given. */
@Component
class CycleSteps {

    private final CaseTasks completer;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final CouncilCycleRepository cycles;

    CycleSteps(CaseTasks completer, TaskService taskService, ManagementService managementService,
               IdentityService identityService, CouncilCycleRepository cycles) {
        this.completer = completer;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.cycles = cycles;
    }

    /** Completes the cycle's open task of this key as the facilitator; the delegate records the submission. */
    void complete(CouncilCycle cycle, String taskKey, String facilitator, Serializable submission, String hours) {
        Task task = taskService.createTaskQuery().processInstanceId(cycle.getProcessInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        identityService.setAuthentication(facilitator, identityService.createGroupQuery().groupMember(facilitator)
                .list().stream().map(Group::getId).toList());
        try {
            completer.complete(task.getId(), taskKey, facilitator,
                    Map.of(VAR_SUBMISSION, submission, VAR_HOURS_SPENT, new BigDecimal(hours)));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Fires the timer a reported cycle waits on, as the job executor does once the period is over: the next cycle. */
    CouncilCycle next(CouncilCycle reported) {
        Job timer = managementService.createJobQuery().processInstanceId(reported.getProcessInstanceId()).timers()
                .singleResult();
        managementService.executeJob(timer.getId());
        return cycles.findByCouncilIdOrderByNumberDesc(reported.getCouncilId()).get(0);
    }
}
