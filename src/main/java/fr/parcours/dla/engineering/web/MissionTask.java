package fr.parcours.dla.engineering.web;

import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.plan.PlanAxis;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;

/** One open selection task with its case, its mission and the consultants preselected so far. */
record MissionTask(Task task, Accompaniment accompaniment, PlanAxis axis, EngineeringMission mission,
                   List<ConsultantCandidate> candidates, LocalDate caseOpenedOn, LocalDate today) {

    Set<Long> candidateIds() {
        return candidates.stream().map(ConsultantCandidate::getId).collect(Collectors.toSet());
    }

    Set<Long> receivedIds() {
        return candidates.stream().filter(ConsultantCandidate::hasProposal).map(ConsultantCandidate::getId)
                .collect(Collectors.toSet());
    }

    Map<Long, ConsultantCandidate> candidatesById() {
        return candidates.stream().collect(Collectors.toMap(ConsultantCandidate::getId, Function.identity()));
    }

    /** Whether a date lies between the opening of the case and today. */
    boolean withinCase(LocalDate date) {
        return !date.isBefore(caseOpenedOn) && !date.isAfter(today);
    }
}
