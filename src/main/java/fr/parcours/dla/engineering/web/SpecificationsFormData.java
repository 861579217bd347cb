package fr.parcours.dla.engineering.web;

import fr.parcours.dla.engineering.EngineeringMission;
import fr.parcours.dla.engineering.Specifications;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The cahier des charges: objectives, deliverables, days and budget cap of one ingénierie. */
public class SpecificationsFormData {

    @NotBlank
    @Size(max = 4000)
    private String objectives;

    @NotBlank
    @Size(max = 4000)
    private String deliverables;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 5, fraction = 1)
    private BigDecimal plannedDays;

    @NotNull
    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    private BigDecimal budgetCap;

    /** Pre-filled with what the mission already holds, if anything. */
    static SpecificationsFormData from(EngineeringMission mission) {
        SpecificationsFormData form = new SpecificationsFormData();
        form.objectives = mission.getObjectives();
        form.deliverables = mission.getDeliverables();
        form.plannedDays = mission.getPlannedDays();
        form.budgetCap = mission.getBudgetCap();
        return form;
    }

    Specifications toSpecifications(String userId) {
        return new Specifications(objectives.strip(), deliverables.strip(), plannedDays, budgetCap, userId);
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getDeliverables() {
        return deliverables;
    }

    public void setDeliverables(String deliverables) {
        this.deliverables = deliverables;
    }

    public BigDecimal getPlannedDays() {
        return plannedDays;
    }

    public void setPlannedDays(BigDecimal plannedDays) {
        this.plannedDays = plannedDays;
    }

    public BigDecimal getBudgetCap() {
        return budgetCap;
    }

    public void setBudgetCap(BigDecimal budgetCap) {
        this.budgetCap = budgetCap;
    }
}
