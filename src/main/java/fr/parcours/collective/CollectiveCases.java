package fr.parcours.collective;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_SESSION;

import fr.parcours.casework.CaseResolver;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The collective of a {@code dla-collective} task, for the task kernel ({@code CaseTasks}): the collective whose
 * process instance the task belongs to, within the user's scope (else 404). Records below it (a track's
 * participation) are looked up within it by the forms that need them.
 */
@Component
public class CollectiveCases implements CaseResolver<CollectiveAccompaniment> {

    private final CollectiveService collectives;
    private final Scopes scopes;

    CollectiveCases(CollectiveService collectives, Scopes scopes) {
        this.collectives = collectives;
        this.scopes = scopes;
    }

    /** The chosen consultant firm holds the sessions with the coordinators; every other step is the region's. */
    @Override
    public CollectiveAccompaniment caseOf(Task task, String userId) {
        UserScope scope = scopes.of(userId);
        return TASK_HOLD_SESSION.equals(task.getTaskDefinitionKey())
                ? collectives.ofProcessHeldBy(task.getProcessInstanceId(), scope)
                : collectives.ofProcessVisibleTo(task.getProcessInstanceId(), scope);
    }
}
