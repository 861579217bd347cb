package fr.parcours.collective.selection.web;

import fr.parcours.casework.CaseTask;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.selection.CollectiveCandidate;
import fr.parcours.selection.web.OpenSelection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An open selection task of a collective, with the consultants preselected so far. */
record SelectionTask(CaseTask<CollectiveAccompaniment> task, List<CollectiveCandidate> candidates, LocalDate today)
        implements OpenSelection {

    /** A collective's cahier des charges has no budget cap. */
    @Override
    public BigDecimal budgetCap() {
        return null;
    }

    /** From the earliest date the collective knows (opening, start, mobilisation meeting) to today. */
    @Override
    public boolean withinCase(LocalDate date) {
        CollectiveAccompaniment collective = task.root();
        LocalDate opened = Stream.of(LocalDate.ofInstant(collective.getCreatedAt(), ZoneId.systemDefault()),
                        collective.getStartDate(), collective.getMeetingDate())
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElseThrow();
        return !date.isBefore(opened) && !date.isAfter(today);
    }

    Map<Long, CollectiveCandidate> candidatesById() {
        return candidates.stream().collect(Collectors.toMap(CollectiveCandidate::getId, Function.identity()));
    }

    List<CollectiveCandidate> received() {
        return candidates.stream().filter(CollectiveCandidate::hasProposal).toList();
    }
}
