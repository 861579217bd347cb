package fr.parcours.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Claims and completes a task as the current engine user in one engine command: the same two steps, checks and
 * history as {@code TaskService.claim} then {@code complete} (a task claimed by someone else in between still
 * fails the claim), but the engine reads the task, its execution and the user's authorization state once.
 */
@Component
public class TaskWork {

    private final ProcessEngine processEngine;

    TaskWork(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    /** Claims the task for {@code userId} when {@code claim} is set, then completes it with these variables. */
    public void complete(String taskId, String userId, boolean claim, VariableMap variables) {
        Command<Void> claimAndComplete = commandContext -> {
            if (claim) {
                new ClaimTaskCmd(taskId, userId).execute(commandContext);
            }
            new CompleteTaskCmd(taskId, variables).execute(commandContext);
            return null;
        };
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(claimAndComplete);
    }
}
