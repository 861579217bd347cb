package fr.parcours.dla.plan.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ACCOMPANIMENT_ID;
import static fr.parcours.dla.process.DlaIndividualProcess.VAR_AMEND_PLAN;

import fr.parcours.casework.Submissions;
import fr.parcours.dla.plan.CommitteeOpinionReport;
import fr.parcours.dla.plan.PlanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the comité d'appui's opinion and tells {@code Gateway_AmendPlan} whether the plan is amended. */
@Component("recordCommitteeOpinionDelegate")
public class RecordCommitteeOpinionDelegate implements JavaDelegate {

    private final PlanService plans;

    RecordCommitteeOpinionDelegate(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long accompanimentId = (Long) execution.getVariable(VAR_ACCOMPANIMENT_ID);
        CommitteeOpinionReport report = Submissions.read(execution, CommitteeOpinionReport.class);
        execution.setVariable(VAR_AMEND_PLAN, plans.recordCommitteeOpinion(accompanimentId, report));
    }
}
