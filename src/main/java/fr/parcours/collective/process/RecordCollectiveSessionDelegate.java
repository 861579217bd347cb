package fr.parcours.collective.process;

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
        SessionReport report = Submissions.submission(execution, SessionReport.class);
        service.recordSession(Submissions.collectiveId(execution), report);
        execution.setVariable(DlaCollectiveProcess.VAR_MORE_SESSIONS, report.moreSessions());
    }
}
