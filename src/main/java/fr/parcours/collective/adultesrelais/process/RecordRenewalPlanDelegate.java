package fr.parcours.collective.adultesrelais.process;

import static fr.parcours.collective.adultesrelais.process.AdulteRelaisProcess.*;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.adultesrelais.AdulteRelaisAgreement;
import fr.parcours.collective.adultesrelais.AdultesRelaisAgreements;
import fr.parcours.collective.adultesrelais.RenewalPlan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the plan for an agreement near its end; a renewal sets the next reminder, six months before the new end. */
@Component("recordRenewalPlanDelegate")
public class RecordRenewalPlanDelegate implements JavaDelegate {

    private final AdultesRelaisAgreements agreements;

    RecordRenewalPlanDelegate(AdultesRelaisAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RenewalPlan plan = Submissions.read(execution, RenewalPlan.class);
        AdulteRelaisAgreement agreement = agreements.recordPlan(Submissions.id(execution, VAR_AGREEMENT_ID), plan);
        execution.setVariable(VAR_OUTCOME, plan.outcome().name());
        execution.setVariable(VAR_REMINDER_DATE, agreements.date(agreement.reminderDate()));
    }
}
