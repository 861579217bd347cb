package fr.parcours.selection;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** For every preselected consultant: whether it sent a proposal, and if so when, for how much and how many days. */
public record ReceivedProposals(List<Proposal> proposals, String recordedBy) implements Serializable {

    public ReceivedProposals {
        proposals = List.copyOf(proposals);
    }

    public record Proposal(long candidateId, boolean received, LocalDate receivedOn, BigDecimal amount,
                           BigDecimal days) implements Serializable {
    }
}
