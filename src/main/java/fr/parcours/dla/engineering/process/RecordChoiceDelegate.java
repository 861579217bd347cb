package fr.parcours.dla.engineering.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_CONSULTANT_GROUP;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.engineering.ConsultantChoiceService;
import fr.parcours.identity.Groups;
import fr.parcours.selection.ChoiceValidation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Persists the DLA's validated choice and the notices, then hands this ingénierie's consultant tasks to the
 * chosen organisation's people. The group is local: parallel ingénieries each keep their own consultant.
 */
@Component("recordChoiceDelegate")
public class RecordChoiceDelegate implements JavaDelegate {

    private final ConsultantChoiceService service;

    RecordChoiceDelegate(ConsultantChoiceService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ChoiceValidation submission = Submissions.read(execution, ChoiceValidation.class);
        long consultantId = service.recordChoice(EngineeringAxis.of(execution), submission);
        execution.setVariableLocal(VAR_CONSULTANT_GROUP, Groups.consultantsOf(consultantId));
    }
}
