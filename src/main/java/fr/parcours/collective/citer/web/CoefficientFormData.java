package fr.parcours.collective.citer.web;

import fr.parcours.collective.citer.Intervention;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One coefficient of the avoided-cost method: the unit cost avoided per intervention of a type, and its source. */
public class CoefficientFormData {

    @NotNull
    private Intervention intervention;

    @NotNull
    @Positive
    @Digits(integer = 10, fraction = 2)
    private BigDecimal unitCost;

    @NotBlank
    @Size(max = 1000)
    private String source;

    public Intervention getIntervention() {
        return intervention;
    }

    public void setIntervention(Intervention intervention) {
        this.intervention = intervention;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public void setUnitCost(BigDecimal unitCost) {
        this.unitCost = unitCost;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
