package fr.parcours.selection.web;

import fr.parcours.selection.Candidacy;
import fr.parcours.selection.ReceivedProposals;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;

/** Per preselected consultant: proposal received or not; if received, its date, amount and days. */
public class ProposalsFormData {

    @Valid
    private List<ProposalLine> lines = new ArrayList<>();

    public static ProposalsFormData of(List<? extends Candidacy> candidates) {
        ProposalsFormData form = new ProposalsFormData();
        candidates.forEach(candidate -> form.lines.add(new ProposalLine(candidate.getId())));
        return form;
    }

    /** Exactly one line per preselected consultant; a received proposal is complete, dated and within the cap. */
    public void validate(OpenSelection opened, Errors errors) {
        List<Long> ids = lines.stream().map(ProposalLine::getCandidateId).toList();
        if (ids.size() != opened.candidates().size()
                || !ids.stream().filter(Objects::nonNull).collect(Collectors.toSet()).equals(opened.candidateIds())) {
            errors.reject("engineering.error.not-a-choice");
            return;
        }
        BigDecimal cap = opened.budgetCap();
        for (int i = 0; i < lines.size(); i++) {
            ProposalLine line = lines.get(i);
            if (!line.isReceived()) {
                continue;
            }
            String prefix = "lines[" + i + "].";
            if (line.getReceivedOn() == null) {
                errors.rejectValue(prefix + "receivedOn", "NotNull");
            } else if (!opened.withinCase(line.getReceivedOn())) {
                errors.rejectValue(prefix + "receivedOn", "engineering.error.date-outside-case");
            }
            if (line.getAmount() == null) {
                errors.rejectValue(prefix + "amount", "NotNull");
            } else if (cap != null && line.getAmount().compareTo(cap) > 0) {
                errors.rejectValue(prefix + "amount", "engineering.error.above-cap", new Object[] {cap}, null);
            }
            if (line.getDays() == null) {
                errors.rejectValue(prefix + "days", "NotNull");
            }
        }
        if (lines.stream().noneMatch(ProposalLine::isReceived)) {
            errors.reject("engineering.error.no-proposal");
        }
    }

    public ReceivedProposals toProposals(String userId) {
        return new ReceivedProposals(lines.stream()
                .map(line -> line.isReceived()
                        ? new ReceivedProposals.Proposal(line.getCandidateId(), true, line.getReceivedOn(),
                                line.getAmount(), line.getDays())
                        : new ReceivedProposals.Proposal(line.getCandidateId(), false, null, null, null))
                .toList(), userId);
    }

    public List<ProposalLine> getLines() {
        return lines;
    }

    public void setLines(List<ProposalLine> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }
}
