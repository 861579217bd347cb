package fr.parcours.collective.referrals;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveAccompanimentRepository;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.tracks.LateJoins;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.dla.CollectiveEngineeringApproved;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.OrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Structures entering a collective from their individual DLA: the referral recorded when the comité d'appui keeps a
 * collective-ingénierie axis, then the coordinators' decision — accepted into a running collective of the region
 * (a late join, with its own track) or declined with a reason. Each step leaves an audit record on the individual
 * case, so the officer's timeline tells what became of the axis.
 */
@Service
public class CollectiveReferrals {

    private final CollectiveReferralRepository referrals;
    private final CollectiveAccompanimentRepository collectiveRepository;
    private final CollectiveService collectives;
    private final LateJoins lateJoins;
    private final OrganisationRepository organisations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CollectiveReferrals(CollectiveReferralRepository referrals, CollectiveAccompanimentRepository collectiveRepository,
                        CollectiveService collectives, LateJoins lateJoins, OrganisationRepository organisations,
                        Clock clock, ApplicationEventPublisher events) {
        this.referrals = referrals;
        this.collectiveRepository = collectiveRepository;
        this.collectives = collectives;
        this.lateJoins = lateJoins;
        this.organisations = organisations;
        this.clock = clock;
        this.events = events;
    }

    /** Runs inside the committee step's transaction: if recording fails, the opinion is not recorded either. */
    @EventListener
    @Transactional
    public void record(CollectiveEngineeringApproved approved) {
        CollectiveReferral referral = referrals.save(new CollectiveReferral(approved.accompanimentId(),
                approved.caseReference(), organisations.getReferenceById(approved.organisationId()),
                approved.planAxisId(), approved.axisTitle(), approved.axisDescription(), approved.approvedOn(),
                approved.officer(), approved.at()));
        referrals.flush();
        audit(referral, "collective-referral-recorded", approved.officer(), approved.at(),
                "région " + referral.getRegionCode());
    }

    /** The referrals waiting for a decision that the user may take: a coordinator's region, every region for national users. */
    @Transactional(readOnly = true)
    public List<CollectiveReferral> pending(UserScope scope) {
        if (scope.isNational()) {
            return referrals.findByStatusOrderByReferredAtAscIdAsc(ReferralStatus.PENDING);
        }
        // A coordinator's own region; nothing for officers, consultants or facilitators.
        if (!scope.isRegional()) {
            return List.of();
        }
        return referrals.findByRegionCodeAndStatusOrderByReferredAtAscIdAsc(scope.getRegionCode(), ReferralStatus.PENDING);
    }

    /** The referral if it belongs to the user's region (or the user is national); 404 otherwise. */
    @Transactional(readOnly = true)
    public CollectiveReferral visibleTo(long referralId, UserScope scope) {
        return referrals.findWithOrganisationById(referralId)
                .filter(referral -> scope.runsRegion(referral.getRegionCode()))
                .orElseThrow(() -> new CaseNotFoundException(referralId));
    }

    /** The region's running collectives that the referred structure can still join. */
    @Transactional(readOnly = true)
    public List<CollectiveAccompaniment> joinableCollectives(CollectiveReferral referral) {
        long organisationId = referral.getOrganisation().getId();
        return collectiveRepository.findByRegionCodeOrderByCreatedAtDesc(referral.getRegionCode()).stream()
                .filter(collective -> lateJoins.joinable(collective).stream()
                        .anyMatch(organisation -> organisation.getId() == organisationId))
                .toList();
    }

    /** The structure joins the collective (its own track starts) and the referral records where it went. */
    @Transactional
    public CollectiveReferral accept(long referralId, long collectiveId, LocalDate joinedOn, String userId, UserScope scope) {
        CollectiveReferral referral = pendingVisible(referralId, scope);
        Participation participation = lateJoins.join(collectiveId, referral.getOrganisation().getId(), joinedOn,
                userId, scope);
        Instant now = Instant.now(clock);
        referral.accept(participation, userId, now);
        CollectiveAccompaniment collective = collectives.visibleTo(collectiveId, scope);
        audit(referral, "collective-referral-accepted", userId, now,
                collective.getBusinessKey() + " : " + joinedOn);
        return referral;
    }

    @Transactional
    public CollectiveReferral decline(long referralId, String reason, String userId, UserScope scope) {
        CollectiveReferral referral = pendingVisible(referralId, scope);
        Instant now = Instant.now(clock);
        referral.decline(reason, userId, now);
        audit(referral, "collective-referral-declined", userId, now, null);
        return referral;
    }

    /** What became of the accompaniment's collective axes; the caller has checked the viewer's scope. */
    @Transactional(readOnly = true)
    public List<ReferralOutcome> ofAccompaniment(long accompanimentId) {
        List<CollectiveReferral> found = referrals.findByAccompanimentIdOrderById(accompanimentId);
        Map<Long, CollectiveAccompaniment> joined = collectiveRepository.findAllById(found.stream()
                        .map(CollectiveReferral::getCollectiveId).filter(id -> id != null).toList()).stream()
                .collect(Collectors.toMap(CollectiveAccompaniment::getId, Function.identity()));
        return found.stream().map(referral -> new ReferralOutcome(referral, joined.get(referral.getCollectiveId()))).toList();
    }

    /** The referral with the collective it joined, if accepted. */
    @Transactional(readOnly = true)
    public ReferralOutcome outcome(CollectiveReferral referral) {
        return new ReferralOutcome(referral, referral.getCollectiveId() == null ? null
                : collectiveRepository.findById(referral.getCollectiveId()).orElse(null));
    }

    private CollectiveReferral pendingVisible(long referralId, UserScope scope) {
        CollectiveReferral referral = visibleTo(referralId, scope);
        if (!referral.isPending()) {
            throw new ReferralAlreadyDecidedException(referralId);
        }
        return referral;
    }

    private void audit(CollectiveReferral referral, String action, String actor, Instant at, String details) {
        events.publishEvent(new CaseEvent(CaseEvent.ACCOMPANIMENT, referral.getAccompanimentId(), action, actor, at,
                details));
    }

    /** A referral and, once accepted, the collective the structure joined. */
    public record ReferralOutcome(CollectiveReferral referral, CollectiveAccompaniment collective) {
    }
}
