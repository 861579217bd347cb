package fr.parcours.collective.adultesrelais;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One adulte-relais post of a structure under a State agreement. */
@Entity
@Table(name = "adulte_relais_agreement")
public class AdulteRelaisAgreement {

    public static final String CASE_TYPE = "ADULTE_RELAIS";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String qpv;
    private String jobTitle;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal stateAid;
    private int renewals;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status = AgreementStatus.ACTIVE;

    private LocalDate statusDate;
    private String processInstanceId;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected AdulteRelaisAgreement() {
    }

    AdulteRelaisAgreement(String reference, Organisation organisation, NewAgreement agreement, String createdBy,
                          Instant createdAt) {
        this.reference = reference;
        this.organisation = organisation;
        this.qpv = agreement.qpv();
        this.jobTitle = agreement.jobTitle();
        this.startDate = agreement.startDate();
        this.endDate = agreement.endDate();
        this.stateAid = agreement.stateAid();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void renew(LocalDate decidedOn, LocalDate newEndDate, BigDecimal newStateAid) {
        this.renewals++;
        this.endDate = newEndDate;
        this.stateAid = newStateAid;
        this.status = AgreementStatus.RENEWED;
        this.statusDate = decidedOn;
    }

    void close(AgreementStatus closing, LocalDate on) {
        this.status = closing;
        this.statusDate = on;
    }

    /** When the officers are reminded: six months before the end (at once when that is already past). */
    public LocalDate reminderDate() {
        return endDate.minusMonths(6);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getQpv() {
        return qpv;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getStateAid() {
        return stateAid;
    }

    public int getRenewals() {
        return renewals;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
