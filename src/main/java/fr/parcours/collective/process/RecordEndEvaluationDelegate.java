package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.CollectiveSteps;
import fr.parcours.collective.StepNote;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the end evaluation held with every structure. */
@Component("recordEndEvaluationDelegate")
public class RecordEndEvaluationDelegate implements JavaDelegate {

    private final CollectiveSteps service;

    RecordEndEvaluationDelegate(CollectiveSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordEndEvaluation(Submissions.id(execution, VAR_COLLECTIVE_ID),
                Submissions.read(execution, StepNote.class));
    }
}
