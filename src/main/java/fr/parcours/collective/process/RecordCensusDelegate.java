package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.CollectiveSteps;
import fr.parcours.collective.census.CensusReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists the census: the eligible structures become invited participants. */
@Component("recordCensusDelegate")
public class RecordCensusDelegate implements JavaDelegate {

    private final CollectiveSteps service;

    RecordCensusDelegate(CollectiveSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordCensus(Submissions.id(execution, VAR_COLLECTIVE_ID),
                Submissions.read(execution, CensusReport.class));
    }
}
