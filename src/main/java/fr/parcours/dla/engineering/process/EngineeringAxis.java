package fr.parcours.dla.engineering.process;

import static fr.parcours.dla.process.DlaIndividualProcess.VAR_ENGINEERING_AXIS_ID;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads which ingénierie an execution or task belongs to: its multi-instance element variable. */
public final class EngineeringAxis {

    public static long of(VariableScope scope) {
        return idOf(scope.getVariable(VAR_ENGINEERING_AXIS_ID));
    }

    /** The plan-axis id from the value of {@code engineeringAxisId}, however the engine typed the number. */
    public static long idOf(Object axisId) {
        if (!(axisId instanceof Number number)) {
            throw new IllegalStateException("Not inside an ingénierie: no " + VAR_ENGINEERING_AXIS_ID);
        }
        return number.longValue();
    }

    private EngineeringAxis() {
    }
}
