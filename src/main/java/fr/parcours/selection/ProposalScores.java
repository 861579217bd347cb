package fr.parcours.selection;

import java.io.Serializable;
import java.util.List;

/** The structure's scores of every received proposal. */
public record ProposalScores(List<ProposalScore> scores, String recordedBy) implements Serializable {

    public ProposalScores {
        scores = List.copyOf(scores);
    }
}
