package fr.parcours.council.process;

import fr.parcours.council.cycles.CouncilCycles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Once the cycle period is over, starts the council's next cycle as a new process instance. */
@Component("startNextCouncilCycleDelegate")
public class StartNextCouncilCycleDelegate implements JavaDelegate {

    /** The actor of the audit event: no one, the timer started it. */
    static final String SYSTEM_USER = "system";

    private final CouncilCycles cycles;

    StartNextCouncilCycleDelegate(CouncilCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.start(cycles.ofProcess(execution.getProcessInstanceId()).getCouncilId(), SYSTEM_USER);
    }
}
