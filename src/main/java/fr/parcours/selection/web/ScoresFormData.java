package fr.parcours.selection.web;

import fr.parcours.selection.Candidacy;
import fr.parcours.selection.ProposalScores;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;

/** The structure's scoring grid: one line per received proposal. */
public class ScoresFormData {

    @Valid
    private List<ScoreLine> lines = new ArrayList<>();

    public static ScoresFormData of(List<? extends Candidacy> candidates) {
        ScoresFormData form = new ScoresFormData();
        candidates.stream().filter(Candidacy::hasProposal)
                .forEach(candidate -> form.lines.add(new ScoreLine(candidate.getId())));
        return form;
    }

    /** Exactly the received proposals, each once: a forged or unreceived one is refused. */
    public void validate(OpenSelection opened, Errors errors) {
        List<Long> ids = lines.stream().map(ScoreLine::getCandidateId).toList();
        if (ids.size() != opened.receivedIds().size()
                || !ids.stream().filter(Objects::nonNull).collect(Collectors.toSet()).equals(opened.receivedIds())) {
            errors.reject("engineering.error.not-a-choice");
        }
    }

    public ProposalScores toScores(String userId) {
        return new ProposalScores(lines.stream().map(ScoreLine::toScore).toList(), userId);
    }

    public List<ScoreLine> getLines() {
        return lines;
    }

    public void setLines(List<ScoreLine> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }
}
