package fr.parcours.collective.process;

import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_COLLECTIVE_ID;

import fr.parcours.casework.Submissions;
import fr.parcours.collective.CollectiveSteps;
import fr.parcours.collective.sessions.SessionReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Persists a collective session and its attendance; tells {@code Gateway_MoreSessions} whether another follows. */
@Component("recordCollectiveSessionDelegate")
public class RecordCollectiveSessionDelegate implements JavaDelegate {

    private final CollectiveSteps service;

    RecordCollectiveSessionDelegate(CollectiveSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SessionReport report = Submissions.read(execution, SessionReport.class);
        service.recordSession(Submissions.id(execution, VAR_COLLECTIVE_ID), report);
        execution.setVariable(DlaCollectiveProcess.VAR_MORE_SESSIONS, report.moreSessions());
    }
}
