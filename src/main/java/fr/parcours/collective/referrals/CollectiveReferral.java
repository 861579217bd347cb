package fr.parcours.collective.referrals;

import fr.parcours.collective.tracks.Participation;
import fr.parcours.organisation.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A structure referred to its region's collectives by the plan of its individual DLA. The case reference and the
 * axis are copied as the comité kept them: coordinators decide on that, without reading the individual case.
 */
@Entity
@Table(name = "collective_referral")
public class CollectiveReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accompanimentId;
    private String caseReference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String regionCode;
    private long planAxisId;
    private String axisTitle;
    private String axisDescription;
    private LocalDate referredOn;
    private String referredBy;
    private Instant referredAt;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status = ReferralStatus.PENDING;

    private Long collectiveId;
    private Long participationId;
    private String declineReason;
    private String decidedBy;
    private Instant decidedAt;

    @Version
    private long version;

    protected CollectiveReferral() {
    }

    CollectiveReferral(long accompanimentId, String caseReference, Organisation organisation, long planAxisId,
                       String axisTitle, String axisDescription, LocalDate referredOn, String referredBy,
                       Instant referredAt) {
        this.accompanimentId = accompanimentId;
        this.caseReference = caseReference;
        this.organisation = organisation;
        this.regionCode = organisation.getRegionCode();
        this.planAxisId = planAxisId;
        this.axisTitle = axisTitle;
        this.axisDescription = axisDescription;
        this.referredOn = referredOn;
        this.referredBy = referredBy;
        this.referredAt = referredAt;
    }

    void accept(Participation participation, String userId, Instant at) {
        this.status = ReferralStatus.ACCEPTED;
        this.collectiveId = participation.getCollectiveId();
        this.participationId = participation.getId();
        decided(userId, at);
    }

    void decline(String reason, String userId, Instant at) {
        this.status = ReferralStatus.DECLINED;
        this.declineReason = reason;
        decided(userId, at);
    }

    private void decided(String userId, Instant at) {
        this.decidedBy = userId;
        this.decidedAt = at;
    }

    public boolean isPending() {
        return status == ReferralStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public long getAccompanimentId() {
        return accompanimentId;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public long getPlanAxisId() {
        return planAxisId;
    }

    public String getAxisTitle() {
        return axisTitle;
    }

    public String getAxisDescription() {
        return axisDescription;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public Instant getReferredAt() {
        return referredAt;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public Long getCollectiveId() {
        return collectiveId;
    }

    public Long getParticipationId() {
        return participationId;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
