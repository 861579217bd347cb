package fr.parcours.dla.plan.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_IDS;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.plan.PlanDraft;
import fr.parcours.dla.plan.PlanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Persists a new revision of the plan and hands the engine the axes that need an ingénierie: the
 * collection of {@code SubProcess_Engineering}, replaced on every revision.
 */
@Component("recordPlanDelegate")
public class RecordPlanDelegate implements JavaDelegate {

    private final PlanService plans;

    RecordPlanDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long accompanimentId = (Long) execution.getVariable(VAR_ACCOMPANIMENT_ID);
        PlanDraft draft = Submissions.read(execution, PlanDraft.class);
        execution.setVariable(VAR_ENGINEERING_AXIS_IDS, plans.recordPlan(accompanimentId, draft));
    }
}
