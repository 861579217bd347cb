package fr.parcours.collective.selection;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveConsultantChosen;
import fr.parcours.collective.CollectiveAccompanimentRepository;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.ConsultantPool;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.selection.Preselection;
import fr.parcours.selection.ProposalScores;
import fr.parcours.selection.ReceivedProposals;
import fr.parcours.selection.SelectionRules;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultant selection of a collective, with the rules of an individual ingénierie ({@link SelectionRules}):
 * preselection, proposals, scores, validated choice with a notice to every preselected consultant. Called by the
 * delegates, in the transaction of the engine step: a refusal here rolls both back.
 */
@Service
public class CollectiveSelection {

    private final CollectiveAccompanimentRepository collectives;
    private final CollectiveCandidateRepository candidates;
    private final CollectiveNoticeRepository notices;
    private final OrganisationRepository organisations;
    private final ConsultantPool pool;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CollectiveSelection(CollectiveAccompanimentRepository collectives, CollectiveCandidateRepository candidates,
                        CollectiveNoticeRepository notices, OrganisationRepository organisations,
                        ConsultantPool pool, Clock clock, ApplicationEventPublisher events) {
        this.collectives = collectives;
        this.candidates = candidates;
        this.notices = notices;
        this.organisations = organisations;
        this.pool = pool;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void recordPreselection(long collectiveId, Preselection preselection) {
        CollectiveAccompaniment collective = load(collectiveId);
        SelectionRules.require(candidates.findByCollective(collectiveId).isEmpty(), "preselection already recorded");
        List<Organisation> chosen = organisations.findAllById(preselection.organisationIds());
        SelectionRules.checkPreselection(preselection, chosen);
        SelectionRules.checkInPool(preselection, consultants(collective, null));
        Instant now = Instant.now(clock);
        chosen.forEach(consultant -> candidates.save(
                new CollectiveCandidate(collectiveId, consultant, preselection.decidedBy(), now)));
        publish(collectiveId, "collective-consultants-preselected", preselection.decidedBy(),
                chosen.stream().map(Organisation::getName).sorted().collect(Collectors.joining(", ")));
    }

    /** The collective's cahier des charges sets no budget cap: any non-negative amount is accepted. */
    @Transactional
    public void recordProposals(long collectiveId, ReceivedProposals received) {
        load(collectiveId);
        long count = SelectionRules.applyProposals(candidates.findByCollective(collectiveId), received, null);
        publish(collectiveId, "collective-proposals-recorded", received.recordedBy(),
                count + "/" + received.proposals().size());
    }

    @Transactional
    public void recordScores(long collectiveId, ProposalScores scores) {
        load(collectiveId);
        String totals = SelectionRules.applyScores(candidates.findByCollective(collectiveId), scores);
        publish(collectiveId, "collective-proposals-scored", scores.recordedBy(), totals);
    }

    /** Records the validated choice and one notice per preselected consultant; returns the chosen firm's id. */
    @Transactional
    public long recordChoice(long collectiveId, ChoiceValidation validation) {
        CollectiveAccompaniment collective = load(collectiveId);
        SelectionRules.require(collective.getChosenCandidateId() == null, "choice already recorded");
        List<CollectiveCandidate> preselected = candidates.findByCollective(collectiveId);
        CollectiveCandidate chosen = SelectionRules.chosen(preselected, validation);
        Instant now = Instant.now(clock);
        for (CollectiveCandidate candidate : preselected) {
            notices.save(new CollectiveNotice(collectiveId, candidate.getOrganisation().getId(),
                    SelectionRules.outcomeOf(candidate, chosen), validation.decidedOn(), now));
        }
        collective.recordChoice(chosen, validation);
        publish(collectiveId, "collective-consultant-chosen", validation.decidedBy(), chosen.getOrganisation().getName());
        events.publishEvent(new CollectiveConsultantChosen(collectiveId, collective.getRegionCode(),
                collective.getTitle(), chosen.getOrganisation().getName(), chosen.getProposalDays(),
                chosen.getProposalAmount(), validation.decidedOn(), validation.overEnvelopeReason(),
                validation.decidedBy()));
        return chosen.getOrganisation().getId();
    }

    /** The preselected consultants of a collective, with their organisation, in preselection order. */
    @Transactional(readOnly = true)
    public List<CollectiveCandidate> candidatesOf(long collectiveId) {
        return candidates.findByCollective(collectiveId);
    }

    /** The organisations that may be preselected: the pool's firms covering the collective's region, of this domain. */
    @Transactional(readOnly = true)
    public List<Organisation> consultants(CollectiveAccompaniment collective, CompetenceDomain domain) {
        return pool.candidates(collective.getRegionCode(), domain);
    }

    private CollectiveAccompaniment load(long collectiveId) {
        return collectives.findById(collectiveId).orElseThrow(() -> new CaseNotFoundException(collectiveId));
    }

    private void publish(long collectiveId, String action, String actor, String details) {
        events.publishEvent(new CaseEvent(CollectiveAccompaniment.CASE_TYPE, collectiveId, action, actor,
                Instant.now(clock), details));
    }
}
