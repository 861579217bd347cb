package fr.parcours.dla.followup;

import fr.parcours.audit.CaseEvent;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.Phase;
import fr.parcours.identity.Scopes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the follow-up meetings, opens a new accompaniment for the needs found at the last one, and
 * closes the case. Runs in the transaction of the engine step that called it.
 */
@Service
public class FollowUpService {

    private final FollowUpRepository followUps;
    private final AccompanimentClosureRepository closures;
    private final AccompanimentRepository accompaniments;
    private final AccompanimentService accompanimentService;
    private final Scopes scopes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FollowUpService(FollowUpRepository followUps, AccompanimentClosureRepository closures,
                    AccompanimentRepository accompaniments, AccompanimentService accompanimentService, Scopes scopes,
                    Clock clock, ApplicationEventPublisher events) {
        this.followUps = followUps;
        this.closures = closures;
        this.accompaniments = accompaniments;
        this.accompanimentService = accompanimentService;
        this.scopes = scopes;
        this.clock = clock;
        this.events = events;
    }

    /** Saves the next follow-up of the case (numbered from 1) and puts the case in its follow-up phase. */
    @Transactional
    public FollowUp record(long accompanimentId, FollowUpReport report) {
        Accompaniment accompaniment = load(accompanimentId);
        accompaniment.moveTo(Phase.FOLLOW_UP);
        Instant now = Instant.now(clock);
        FollowUp followUp = followUps.save(new FollowUp(accompanimentId,
                followUps.countByAccompanimentId(accompanimentId) + 1, report, now));
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, accompanimentId, "follow-up-recorded",
                report.recordedBy(), now, "#%d (%s) : %d emploi(s), %d contrat(s) aidé(s), %s €".formatted(
                        followUp.getNumber(), report.meetingDate(), report.jobsConsolidated(),
                        report.aidedContractsMadePermanent(), report.fundingObtained().toPlainString())));
        return followUp;
    }

    /**
     * Opens a new accompaniment of the same structure for the new needs of the last follow-up, on behalf
     * of the officer who recorded it and within that officer's scope, and links it to that follow-up.
     */
    @Transactional
    public Accompaniment openNewAccompaniment(long accompanimentId) {
        Accompaniment accompaniment = load(accompanimentId);
        FollowUp last = lastFollowUp(accompanimentId);
        if (last.getNewNeeds() == null || last.getNewNeeds().isBlank()) {
            throw new IllegalStateException("No new needs recorded for accompaniment " + accompanimentId);
        }
        Accompaniment opened = accompanimentService.open(accompaniment.getOrganisation().getId(),
                last.getNewNeeds(), last.getRecordedBy(), scopes.of(last.getRecordedBy()));
        last.linkNewAccompaniment(opened.getId());
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, accompanimentId, "new-accompaniment-opened",
                last.getRecordedBy(), Instant.now(clock), opened.getBusinessKey()));
        return opened;
    }

    /** The case waits for its follow-up (after the missions, or straight after the plan): say so on the case. */
    @Transactional
    public void awaitFollowUp(long accompanimentId) {
        Accompaniment accompaniment = load(accompanimentId);
        if (accompaniment.getPhase() != Phase.FOLLOW_UP) {
            accompaniment.moveTo(Phase.FOLLOW_UP);
        }
    }

    /** Closes the case after its last follow-up, on behalf of the officer who recorded that follow-up. */
    @Transactional
    public AccompanimentClosure close(long accompanimentId) {
        Accompaniment accompaniment = load(accompanimentId);
        String closedBy = lastFollowUp(accompanimentId).getRecordedBy();
        Instant now = Instant.now(clock);
        accompaniment.moveTo(Phase.CLOSED);
        AccompanimentClosure closure = closures.save(
                new AccompanimentClosure(accompanimentId, LocalDate.now(clock), closedBy, now));
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, accompanimentId, "closed", closedBy, now,
                accompaniment.getBusinessKey()));
        return closure;
    }

    /**
     * How many more aided contracts may still be declared permanent for this case: the structure's
     * aided contracts minus those already declared; null when the structure's count is unknown.
     */
    @Transactional(readOnly = true)
    public Integer aidedContractsLeft(long accompanimentId) {
        Integer aidedContracts = load(accompanimentId).getOrganisation().getAidedContracts();
        if (aidedContracts == null) {
            return null;
        }
        return Math.max(0, aidedContracts - followUps.aidedContractsMadePermanent(accompanimentId));
    }

    private FollowUp lastFollowUp(long accompanimentId) {
        return followUps.findFirstByAccompanimentIdOrderByNumberDesc(accompanimentId)
                .orElseThrow(() -> new IllegalStateException("No follow-up for accompaniment " + accompanimentId));
    }

    private Accompaniment load(long accompanimentId) {
        return accompaniments.findById(accompanimentId).orElseThrow(() -> new CaseNotFoundException(accompanimentId));
    }
}
