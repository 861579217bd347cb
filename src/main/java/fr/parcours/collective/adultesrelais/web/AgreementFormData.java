package fr.parcours.collective.adultesrelais.web;

import fr.parcours.collective.adultesrelais.NewAgreement;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A new adulte-relais agreement: the structure, the post's QPV and job title (no name), its dates, the State aid. */
public class AgreementFormData {

    @NotNull
    private Long organisationId;

    @NotBlank
    @Size(max = 200)
    private String qpv;

    @NotBlank
    @Size(max = 200)
    private String jobTitle;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @NotNull
    @Positive
    @Digits(integer = 10, fraction = 2)
    private BigDecimal stateAid;

    /** The end comes after the start; the structure is one the form offered. */
    void validate(Errors errors, Collection<Long> structureChoices) {
        if (startDate != null && endDate != null && !endDate.isAfter(startDate)) {
            errors.rejectValue("endDate", "adultes-relais.error.end-before-start");
        }
        if (organisationId != null && !structureChoices.contains(organisationId)) {
            errors.rejectValue("organisationId", "NotAllowed");
        }
    }

    NewAgreement toAgreement() {
        return new NewAgreement(organisationId, qpv.strip(), jobTitle.strip(), startDate, endDate, stateAid);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getQpv() {
        return qpv;
    }

    public void setQpv(String qpv) {
        this.qpv = qpv;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getStateAid() {
        return stateAid;
    }

    public void setStateAid(BigDecimal stateAid) {
        this.stateAid = stateAid;
    }
}
