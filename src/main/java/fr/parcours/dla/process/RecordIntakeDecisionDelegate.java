package fr.parcours.dla.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ELIGIBLE;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.IntakeDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the officer's intake decision and tells {@code Gateway_Eligible} which way to go. */
@Component("recordIntakeDecisionDelegate")
public class RecordIntakeDecisionDelegate implements JavaDelegate {

    private final AccompanimentService accompaniments;

    RecordIntakeDecisionDelegate(AccompanimentService accompaniments) {
        this.accompaniments = accompaniments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long accompanimentId = (Long) execution.getVariable(VAR_ACCOMPANIMENT_ID);
        IntakeDecision decision = Submissions.read(execution, IntakeDecision.class);
        execution.setVariable(VAR_ELIGIBLE, accompaniments.recordIntake(accompanimentId, decision));
    }
}
