package fr.parcours.selection.web;

import fr.parcours.selection.Candidacy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An open selection task as its forms check it: the consultants preselected so far and the case's limits. */
public interface OpenSelection {

    List<? extends Candidacy> candidates();

    /** The cahier des charges' budget cap, or null when the case sets none. */
    BigDecimal budgetCap();

    /** Whether a date lies between the opening of the case and today. */
    boolean withinCase(LocalDate date);

    default Set<Long> candidateIds() {
        return candidates().stream().map(Candidacy::getId).collect(Collectors.toSet());
    }

    default Set<Long> receivedIds() {
        return candidates().stream().filter(Candidacy::hasProposal).map(Candidacy::getId).collect(Collectors.toSet());
    }
}
