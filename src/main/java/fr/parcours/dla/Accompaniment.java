package fr.parcours.dla;

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

/** One structure's individual DLA accompaniment, from the request to closure. */
@Entity
@Table(name = "accompaniment")
public class Accompaniment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String departmentCode;
    private String motive;

    @Enumerated(EnumType.STRING)
    private Phase phase = Phase.INTAKE;

    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private IntakeOutcome intakeDecision;

    private String referralPartner;
    private String referralReason;
    private String decidedBy;
    private Instant decidedAt;
    private String createdBy;
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Accompaniment() {
    }

    public Accompaniment(String businessKey, Organisation organisation, String motive, String createdBy) {
        this.businessKey = businessKey;
        this.organisation = organisation;
        this.departmentCode = organisation.getDepartmentCode();
        this.motive = motive;
        this.createdBy = createdBy;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void recordIntake(IntakeDecision decision, Instant at) {
        this.intakeDecision = decision.outcome();
        this.decidedBy = decision.decidedBy();
        this.decidedAt = at;
        if (decision.accepted()) {
            this.phase = Phase.DIAGNOSTIC;
            this.referralPartner = null;
            this.referralReason = null;
        } else {
            this.phase = Phase.REFERRED;
            this.referralPartner = decision.referralPartner();
            this.referralReason = decision.referralReason();
        }
    }

    /** Phases after the accueil are moved on by the delegates of each phase. */
    public void moveTo(Phase phase) {
        this.phase = phase;
    }

    /** The five national phases, those done, the current one and those to come. */
    public java.util.List<NationalPhase.Step> getProgress() {
        return NationalPhase.progress(phase);
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getMotive() {
        return motive;
    }

    public Phase getPhase() {
        return phase;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public IntakeOutcome getIntakeDecision() {
        return intakeDecision;
    }

    public String getReferralPartner() {
        return referralPartner;
    }

    public String getReferralReason() {
        return referralReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
