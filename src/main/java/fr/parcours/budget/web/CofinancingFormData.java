package fr.parcours.budget.web;

import fr.parcours.budget.CofinancingSource;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A co-financing line: who pays (the structure, the Region, the ESF, another funder named) and how much. */
public class CofinancingFormData {

    @NotNull
    private CofinancingSource source;

    @Size(max = 200)
    private String funder;

    @NotNull
    @Positive
    @Digits(integer = 10, fraction = 2)
    private BigDecimal amount;

    public String funderOrNull() {
        return funder == null || funder.isBlank() ? null : funder.strip();
    }

    public CofinancingSource getSource() {
        return source;
    }

    public void setSource(CofinancingSource source) {
        this.source = source;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
