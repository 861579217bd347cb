package fr.parcours.dla.engineering.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_SUBMISSION;

import fr.parcours.dla.engineering.ConsultantSelectionService;
import fr.parcours.dla.engineering.Specifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the cahier des charges of this ingénierie. */
@Component("recordSpecificationsDelegate")
public class RecordSpecificationsDelegate implements JavaDelegate {

    private final ConsultantSelectionService service;

    RecordSpecificationsDelegate(ConsultantSelectionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Specifications submission = (Specifications) execution.getVariable(VAR_SUBMISSION);
        if (submission == null) {
            throw new IllegalStateException("Task completed without its form: " + execution.getProcessInstanceId());
        }
        service.recordSpecifications(EngineeringAxis.of(execution), submission);
    }
}
