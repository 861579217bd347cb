package fr.parcours.dla.engineering;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** One ingénierie individuelle, created when the plan gives an axis that treatment. */
@Entity
@Table(name = "engineering_mission")
public class EngineeringMission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accompanimentId;
    private long planAxisId;

    @Enumerated(EnumType.STRING)
    private MissionStatus status = MissionStatus.SPECIFICATIONS;

    private String objectives;
    private String deliverables;
    private BigDecimal plannedDays;
    private BigDecimal budgetCap;
    private Long consultantOrganisationId;

    @Version
    private long version;

    protected EngineeringMission() {
    }

    public EngineeringMission(long accompanimentId, long planAxisId) {
        this.accompanimentId = accompanimentId;
        this.planAxisId = planAxisId;
    }

    public void specify(String objectives, String deliverables, BigDecimal plannedDays, BigDecimal budgetCap) {
        this.objectives = objectives;
        this.deliverables = deliverables;
        this.plannedDays = plannedDays;
        this.budgetCap = budgetCap;
    }

    public void chooseConsultant(long organisationId) {
        this.consultantOrganisationId = organisationId;
    }

    public void moveTo(MissionStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public long getAccompanimentId() {
        return accompanimentId;
    }

    public long getPlanAxisId() {
        return planAxisId;
    }

    public MissionStatus getStatus() {
        return status;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getDeliverables() {
        return deliverables;
    }

    public BigDecimal getPlannedDays() {
        return plannedDays;
    }

    public BigDecimal getBudgetCap() {
        return budgetCap;
    }

    public Long getConsultantOrganisationId() {
        return consultantOrganisationId;
    }
}
