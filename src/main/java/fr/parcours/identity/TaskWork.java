package fr.parcours.identity;

import static org.camunda.bpm.engine.authorization.Permissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Claims and completes a task for the app's forms, as the current engine user, in one engine command: the same
 * two engine steps as {@code TaskService.claim} then {@code complete}, with their history and user operation log
 * under the user's name (a task claimed by someone else in between still fails the claim).
 *
 * <p>The engine's authorization checks are replaced, for this command only, by the app's own rule, checked here on
 * the task the command works on: the user is the engine user of this thread and the task's assignee, or a member
 * of one of its candidate groups. That is exactly whom the engine's task rights let work on it (they are granted
 * to the candidate groups and the assignee, {@code default-user-permission-name-for-task}); checking it on the task
 * entity costs nothing, where the engine's checks cost a query each (claim, completion, revoked rights) on every
 * task. The rights themselves are still written and deleted with every task: users of the REST API and Tasklist,
 * who do not come here, stay checked by the engine ({@code CamundaAccessTests}, {@code EngineApiRefusalMatrixTests}).
 * Delegates and listeners run without the user's checks in either case (the engine's default for custom code).
 */
@Component
public class TaskWork {

    private final ProcessEngine processEngine;

    TaskWork(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    /**
     * Claims the task for {@code userId} when nobody holds it, then completes it with these variables; a task a
     * colleague holds fails with {@link TaskAlreadyClaimedException}, a task gone with {@link NullValueException}.
     */
    public void complete(String taskId, String userId, VariableMap variables) {
        Command<Void> claimAndComplete = commandContext -> commandContext.runWithoutAuthorization(() -> {
            TaskEntity task = taskTheUserMayWorkOn(commandContext, taskId, userId);
            if (task.getAssignee() == null) {
                TaskWorkGrants.claimedAndCompletedAtOnce(taskId,
                        () -> new ClaimTaskCmd(taskId, userId).execute(commandContext));
            } else if (!task.getAssignee().equals(userId)) {
                throw new TaskAlreadyClaimedException(taskId, task.getAssignee());
            }
            new CompleteTaskCmd(taskId, variables).execute(commandContext);
            return null;
        });
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(claimAndComplete);
    }

    private static TaskEntity taskTheUserMayWorkOn(CommandContext commandContext, String taskId, String userId) {
        Authentication user = commandContext.getAuthentication();
        TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw new NullValueException("Cannot find task with id " + taskId);
        }
        boolean mayWork = user != null && userId.equals(user.getUserId())
                && (userId.equals(task.getAssignee()) || isCandidate(task, user));
        if (!mayWork) {
            throw new AuthorizationException(userId, TASK_WORK.getName(), TASK.resourceName(), taskId);
        }
        return task;
    }

    private static boolean isCandidate(TaskEntity task, Authentication user) {
        return task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> user.getUserId().equals(link.getUserId())
                        || (link.getGroupId() != null && user.getGroupIds() != null
                            && user.getGroupIds().contains(link.getGroupId())));
    }
}
