package fr.parcours.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/** What one ingénierie costs: the chosen proposal (days × day rate), ordered on the validation of the choice. */
@Entity
@Table(name = "budget_mission")
public class MissionCost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "engineering_mission_id")
    private Long engineeringMissionId;
    private Long accompanimentId;
    private Long collectiveId;
    private String regionCode;
    private String departmentCode;
    /** The DLA operator whose envelope the mission charges (individual missions), null when none covers it. */
    private Long operatorId;
    private String structureName;
    private String consultantName;
    private BigDecimal days;
    private BigDecimal agreedAmount;
    private LocalDate orderedOn;
    private String overEnvelopeReason;
    private Instant createdAt;

    @Version
    private long version;

    protected MissionCost() {
    }

    static MissionCost ofAccompaniment(long engineeringMissionId, long accompanimentId, String regionCode,
                                       String departmentCode, Long operatorId, String structureName) {
        MissionCost cost = new MissionCost();
        cost.operatorId = operatorId;
        cost.engineeringMissionId = engineeringMissionId;
        cost.accompanimentId = accompanimentId;
        cost.regionCode = regionCode;
        cost.departmentCode = departmentCode;
        cost.structureName = structureName;
        return cost;
    }

    static MissionCost ofCollective(long collectiveId, String regionCode, String title) {
        MissionCost cost = new MissionCost();
        cost.collectiveId = collectiveId;
        cost.regionCode = regionCode;
        cost.structureName = title;
        return cost;
    }

    MissionCost agreed(String consultantName, BigDecimal days, BigDecimal amount, LocalDate orderedOn,
                       String overEnvelopeReason, Instant at) {
        this.consultantName = consultantName;
        this.days = days;
        this.agreedAmount = amount;
        this.orderedOn = orderedOn;
        this.overEnvelopeReason = overEnvelopeReason;
        this.createdAt = at;
        return this;
    }

    void reorder(LocalDate orderedOn) {
        this.orderedOn = orderedOn;
    }

    public boolean isCollective() {
        return collectiveId != null;
    }

    /** The day rate of the chosen proposal; null when it gave no days. */
    public BigDecimal getDayRate() {
        return days == null ? null : agreedAmount.divide(days, 2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Long getEngineeringMissionId() {
        return engineeringMissionId;
    }

    public Long getAccompanimentId() {
        return accompanimentId;
    }

    public Long getCollectiveId() {
        return collectiveId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public String getStructureName() {
        return structureName;
    }

    public String getConsultantName() {
        return consultantName;
    }

    public BigDecimal getDays() {
        return days;
    }

    public BigDecimal getAgreedAmount() {
        return agreedAmount;
    }

    public LocalDate getOrderedOn() {
        return orderedOn;
    }

    public String getOverEnvelopeReason() {
        return overEnvelopeReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
