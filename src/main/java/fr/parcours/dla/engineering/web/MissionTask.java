package fr.parcours.dla.engineering.web;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.selection.web.OpenSelection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;

/** One open selection task with its case, its mission and the consultants preselected so far. */
record MissionTask(Task task, Accompaniment accompaniment, PlanAxis axis, EngineeringMission mission,
                   List<ConsultantCandidate> candidates, LocalDate caseOpenedOn, LocalDate today)
        implements OpenSelection {

    Map<Long, ConsultantCandidate> candidatesById() {
        return candidates.stream().collect(Collectors.toMap(ConsultantCandidate::getId, Function.identity()));
    }

    @Override
    public BigDecimal budgetCap() {
        return mission.getBudgetCap();
    }

    @Override
    public boolean withinCase(LocalDate date) {
        return !date.isBefore(caseOpenedOn) && !date.isAfter(today);
    }
}
