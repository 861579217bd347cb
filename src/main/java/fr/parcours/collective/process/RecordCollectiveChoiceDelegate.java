package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.identity.Groups;
import fr.parcours.selection.ChoiceValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Persists the validated choice and the notices, then opens the collective sessions to the chosen firm's people
 * alongside the coordinators (as the chosen consultant of an individual ingénierie gets its mission's tasks).
 */
@Component("recordCollectiveChoiceDelegate")
public class RecordCollectiveChoiceDelegate implements JavaDelegate {

    private final CollectiveSelection service;

    RecordCollectiveChoiceDelegate(CollectiveSelection service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long consultantId = service.recordChoice(Submissions.id(execution, VAR_COLLECTIVE_ID),
                Submissions.read(execution, ChoiceValidation.class));
        execution.setVariable(DlaCollectiveProcess.VAR_CONSULTANT_GROUP, Groups.consultantsOf(consultantId));
    }
}
