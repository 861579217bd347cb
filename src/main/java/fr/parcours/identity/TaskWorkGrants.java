package fr.parcours.identity;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * The engine's default task rights, but for the task {@link TaskWork} claims and completes in one command: the
 * right the engine grants its new assignee (a lookup and an insert) would be deleted with the task at the end of
 * that same command, before anyone could use it. Every other assignment (the task list's claim, a hand-over, the
 * REST API, a task assigned while the process moves on) gets its right as before.
 */
@Component
class TaskWorkGrants extends AbstractCamundaConfiguration {

    private static final ThreadLocal<String> COMPLETED_WITH_ITS_CLAIM = new ThreadLocal<>();

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
                if (task.getId() != null && task.getId().equals(COMPLETED_WITH_ITS_CLAIM.get())) {
                    return null;
                }
                return super.newTaskAssignee(task, oldAssignee, newAssignee);
            }
        });
    }

    /** Runs {@code claimAndCompletion}, in which the claim of this task grants its assignee nothing. */
    static void claimedAndCompletedAtOnce(String taskId, Runnable claimAndCompletion) {
        String outer = COMPLETED_WITH_ITS_CLAIM.get();
        COMPLETED_WITH_ITS_CLAIM.set(taskId);
        try {
            claimAndCompletion.run();
        } finally {
            if (outer == null) {
                COMPLETED_WITH_ITS_CLAIM.remove();
            } else {
                COMPLETED_WITH_ITS_CLAIM.set(outer);
            }
        }
    }
}
