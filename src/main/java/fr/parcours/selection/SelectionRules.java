package fr.parcours.selection;

import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of a consultant selection (docs/domain.md#consultant-selection), the same for an individual ingénierie and a collective
 * DLA: 3 to 4 distinct consultants, one answer per preselected consultant, scores on the grid for exactly the
 * received proposals, a choice among them. The services call these in the engine step's transaction and refuse
 * what the forms should already have refused.
 */
public final class SelectionRules {

    /** Refuses a preselection that is not 3 to 4 distinct organisations, all found and all consultants. */
    public static void checkPreselection(Preselection preselection, List<Organisation> found) {
        List<Long> ids = preselection.organisationIds();
        require(new HashSet<>(ids).size() == ids.size()
                && ids.size() >= Preselection.MIN && ids.size() <= Preselection.MAX, "3 to 4 distinct consultants");
        require(found.size() == ids.size()
                && found.stream().allMatch(organisation -> organisation.getKind() == OrganisationKind.CONSULTANT),
                "not consultants");
    }

    /** Refuses a preselection naming a firm outside the pool's {@code candidates} for the case (region). */
    public static void checkInPool(Preselection preselection, List<Organisation> candidates) {
        require(candidates.stream().map(Organisation::getId).collect(Collectors.toSet())
                .containsAll(preselection.organisationIds()), "consultants outside the pool of the case's region");
    }

    /** Applies one answer per preselected consultant; a proposal above {@code budgetCap} (if any) is refused. */
    public static long applyProposals(List<? extends Candidacy> candidates, ReceivedProposals received,
                                      BigDecimal budgetCap) {
        Map<Long, Candidacy> byId = byId(candidates);
        require(received.proposals().size() == byId.size(), "one line per preselected consultant");
        for (ReceivedProposals.Proposal proposal : received.proposals()) {
            Candidacy candidate = byId.remove(proposal.candidateId());
            require(candidate != null, "unknown candidate");
            if (proposal.received()) {
                require(proposal.amount().signum() >= 0 && proposal.days().signum() > 0
                        && (budgetCap == null || proposal.amount().compareTo(budgetCap) <= 0),
                        "amount above the budget cap");
                candidate.receiveProposal(proposal.receivedOn(), proposal.amount(), proposal.days());
            } else {
                candidate.noProposal();
            }
        }
        long count = received.proposals().stream().filter(ReceivedProposals.Proposal::received).count();
        require(count > 0, "no proposal received");
        return count;
    }

    /** Scores exactly the received proposals, each within the grid; returns the totals, e.g. "52, 61/70". */
    public static String applyScores(List<? extends Candidacy> candidates, ProposalScores scores) {
        Map<Long, Candidacy> received = byId(candidates);
        received.values().removeIf(candidate -> !candidate.hasProposal());
        require(scores.scores().size() == received.size(), "one score per received proposal");
        for (ProposalScore score : scores.scores()) {
            Candidacy candidate = received.remove(score.candidateId());
            require(candidate != null && score.withinGrid(), "unknown proposal or score out of range");
            candidate.score(score);
        }
        return scores.scores().stream()
                .map(score -> String.valueOf(score.understanding() + score.method() + score.team() + score.price()))
                .collect(Collectors.joining(", ", "", "/" + ProposalScore.TOTAL));
    }

    /** The candidate retained by the validation: it must be among the preselected and have sent a proposal. */
    public static <C extends Candidacy> C chosen(List<C> candidates, ChoiceValidation validation) {
        C chosen = candidates.stream()
                .filter(candidate -> candidate.getId() == validation.candidateId())
                .findFirst().orElse(null);
        require(chosen != null && chosen.hasProposal(), "the chosen proposal was not received");
        return chosen;
    }

    /** What one preselected consultant is told about the choice. */
    public static NoticeOutcome outcomeOf(Candidacy candidate, Candidacy chosen) {
        if (candidate == chosen) {
            return NoticeOutcome.RETAINED;
        }
        return candidate.hasProposal() ? NoticeOutcome.NOT_RETAINED : NoticeOutcome.NO_PROPOSAL;
    }

    public static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException("Refused selection step: " + what);
        }
    }

    private static Map<Long, Candidacy> byId(List<? extends Candidacy> candidates) {
        return candidates.stream().collect(Collectors.toMap(Candidacy::getId, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private SelectionRules() {
    }
}
