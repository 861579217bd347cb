package fr.parcours.dla.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One follow-up meeting of an accompaniment, numbered 1, 2… in the order they were held. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accompanimentId;
    private int number;
    private LocalDate meetingDate;
    private String effects;
    private int jobsConsolidated;
    private int aidedContractsPermanent;
    private BigDecimal fundingObtained;
    private String actionsCarriedOut;
    private String newNeeds;
    private boolean openNewAccompaniment;
    private Long newAccompanimentId;
    private String recordedBy;
    private Instant recordedAt;

    protected FollowUp() {
    }

    FollowUp(long accompanimentId, int number, FollowUpReport report, Instant recordedAt) {
        this.accompanimentId = accompanimentId;
        this.number = number;
        this.meetingDate = report.meetingDate();
        this.effects = report.effects();
        this.jobsConsolidated = report.jobsConsolidated();
        this.aidedContractsPermanent = report.aidedContractsMadePermanent();
        this.fundingObtained = report.fundingObtained();
        this.actionsCarriedOut = report.actionsCarriedOut();
        this.newNeeds = report.newNeeds();
        this.openNewAccompaniment = report.openNewAccompaniment();
        this.recordedBy = report.recordedBy();
        this.recordedAt = recordedAt;
    }

    void linkNewAccompaniment(long newAccompanimentId) {
        this.newAccompanimentId = newAccompanimentId;
    }

    public Long getId() {
        return id;
    }

    public Long getAccompanimentId() {
        return accompanimentId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getEffects() {
        return effects;
    }

    public int getJobsConsolidated() {
        return jobsConsolidated;
    }

    public int getAidedContractsPermanent() {
        return aidedContractsPermanent;
    }

    public BigDecimal getFundingObtained() {
        return fundingObtained;
    }

    public String getActionsCarriedOut() {
        return actionsCarriedOut;
    }

    public String getNewNeeds() {
        return newNeeds;
    }

    public boolean isOpenNewAccompaniment() {
        return openNewAccompaniment;
    }

    public Long getNewAccompanimentId() {
        return newAccompanimentId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
