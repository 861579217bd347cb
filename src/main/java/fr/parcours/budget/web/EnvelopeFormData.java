package fr.parcours.budget.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * An annual ingénierie envelope: an operator's for its DLA territory (a department, or its whole region when left
 * blank), or a collective's (no operator, no department). Euros, positive, two decimals at most.
 */
public class EnvelopeFormData {

    private Long operatorId;

    @Pattern(regexp = "^$|^[0-9A-Z]{2,3}$")
    private String departmentCode;

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotNull
    @Positive
    @Digits(integer = 10, fraction = 2)
    private BigDecimal amount;

    public String departmentOrNull() {
        return departmentCode == null || departmentCode.isBlank() ? null : departmentCode.strip();
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public void setOperatorId(Long operatorId) {
        this.operatorId = operatorId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
