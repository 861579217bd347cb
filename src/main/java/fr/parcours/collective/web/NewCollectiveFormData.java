package fr.parcours.collective.web;

import fr.parcours.casework.Texts;
import fr.parcours.collective.NewCollective;
import fr.parcours.collective.partners.CollectivePartners;
import fr.parcours.collective.partners.web.PartnersFormData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A new collective accompaniment: title, region, start date, planned duration in months, partners if known. */
public class NewCollectiveFormData {

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    private String regionCode;

    @NotNull
    @Min(1)
    @Max(36)
    private Integer plannedMonths;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @Valid
    private PartnersFormData partners = new PartnersFormData();

    /** A region must be one the coordinator runs; a start more than a year back is surely a typing error. */
    void validate(Errors errors, Collection<String> regions, LocalDate today) {
        if (!Texts.blank(regionCode) && !regions.contains(regionCode)) {
            errors.rejectValue("regionCode", "NotAllowed");
        }
        if (startDate != null && startDate.isBefore(today.minusYears(1))) {
            errors.rejectValue("startDate", "StartTooOld");
        }
    }

    void validatePartners(Errors errors, Collection<Long> carrierChoices, Collection<Long> operatorChoices) {
        errors.pushNestedPath("partners");
        partners.validate(errors, carrierChoices, operatorChoices);
        errors.popNestedPath();
    }

    CollectivePartners toPartners() {
        return partners.toPartners();
    }

    NewCollective toRequest() {
        return new NewCollective(title.strip(), regionCode, plannedMonths, startDate);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Integer getPlannedMonths() {
        return plannedMonths;
    }

    public void setPlannedMonths(Integer plannedMonths) {
        this.plannedMonths = plannedMonths;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public PartnersFormData getPartners() {
        return partners;
    }

    public void setPartners(PartnersFormData partners) {
        this.partners = partners;
    }
}
