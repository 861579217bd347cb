package fr.parcours.collective.deliverables.web;

import fr.parcours.casework.Texts;
import fr.parcours.collective.deliverables.Deliverables;
import fr.parcours.collective.deliverables.FundingStatus;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/** One funding lead row: a filled row needs its funder, amount sought and status; obtained needs its amount. */
public class FundingLeadFormData {

    @Size(max = 200)
    private String funder;

    @DecimalMin("0")
    @Digits(integer = 10, fraction = 2)
    private BigDecimal amountSought;

    private FundingStatus status;

    @DecimalMin("0")
    @Digits(integer = 10, fraction = 2)
    private BigDecimal amountObtained;

    static FundingLeadFormData from(Deliverables.FundingLead lead) {
        FundingLeadFormData form = new FundingLeadFormData();
        form.funder = lead.funder();
        form.amountSought = lead.amountSought();
        form.status = lead.status();
        form.amountObtained = lead.amountObtained();
        return form;
    }

    boolean isBlank() {
        return Texts.blank(funder) && amountSought == null && status == null && amountObtained == null;
    }

    void validate(Errors errors, String prefix) {
        if (isBlank()) {
            return;
        }
        if (Texts.blank(funder)) {
            errors.rejectValue(prefix + "funder", "NotBlank");
        }
        if (amountSought == null) {
            errors.rejectValue(prefix + "amountSought", "NotNull");
        }
        if (status == null) {
            errors.rejectValue(prefix + "status", "NotNull");
        }
        if (status == FundingStatus.OBTAINED && amountObtained == null) {
            errors.rejectValue(prefix + "amountObtained", "NotNull");
        }
        if (status != FundingStatus.OBTAINED && amountObtained != null) {
            errors.rejectValue(prefix + "amountObtained", "ObtainedOnlyWhenObtained");
        }
    }

    Deliverables.FundingLead toLead() {
        return new Deliverables.FundingLead(funder.strip(), amountSought, status, amountObtained);
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public BigDecimal getAmountSought() {
        return amountSought;
    }

    public void setAmountSought(BigDecimal amountSought) {
        this.amountSought = amountSought;
    }

    public FundingStatus getStatus() {
        return status;
    }

    public void setStatus(FundingStatus status) {
        this.status = status;
    }

    public BigDecimal getAmountObtained() {
        return amountObtained;
    }

    public void setAmountObtained(BigDecimal amountObtained) {
        this.amountObtained = amountObtained;
    }
}
