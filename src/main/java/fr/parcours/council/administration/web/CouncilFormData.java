package fr.parcours.council.administration.web;

import fr.parcours.casework.Texts;
import fr.parcours.council.Council;
import fr.parcours.council.NewCouncil;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A council's founding data: name, city or arrondissement, territory, neighbourhoods, dates, carrying structure. */
public class CouncilFormData {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 120)
    private String city;

    @NotBlank
    private String regionCode;

    @NotBlank
    @Pattern(regexp = "\\d{2,3}|2[AB]")
    private String departmentCode;

    @Size(max = 2000)
    private String neighbourhoods;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate charterDate;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate prefectOrderDate;

    private Long carrierOrganisationId;

    static CouncilFormData of(Council council) {
        CouncilFormData form = new CouncilFormData();
        form.name = council.getName();
        form.city = council.getCity();
        form.regionCode = council.getRegionCode();
        form.departmentCode = council.getDepartmentCode();
        form.neighbourhoods = council.getNeighbourhoods();
        form.charterDate = council.getCharterDate();
        form.prefectOrderDate = council.getPrefectOrderDate();
        form.carrierOrganisationId = council.getCarrierOrganisationId();
        return form;
    }

    /**
     * The region must be one the user runs and hold the department (when Parcours knows where that department
     * lies), the carrier one the user may choose, and the name unused by any other council.
     */
    void validate(Errors errors, Collection<String> regions, Map<String, String> departments,
                  Collection<Long> carriers, boolean nameTaken) {
        if (regionCode != null && !regionCode.isBlank() && !regions.contains(regionCode)) {
            errors.rejectValue("regionCode", "NotAllowed");
        }
        String region = departmentCode == null ? null : departments.get(departmentCode.strip());
        if (region != null && !region.equals(regionCode)) {
            errors.rejectValue("departmentCode", "council.form.department-outside-region");
        }
        if (carrierOrganisationId != null && !carriers.contains(carrierOrganisationId)) {
            errors.rejectValue("carrierOrganisationId", "NotAllowed");
        }
        if (nameTaken) {
            errors.rejectValue("name", "council.form.name-taken");
        }
    }

    NewCouncil toNewCouncil() {
        return new NewCouncil(name.strip(), city.strip(), regionCode, departmentCode.strip(),
                Texts.optional(neighbourhoods),
                charterDate, prefectOrderDate, carrierOrganisationId);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getNeighbourhoods() {
        return neighbourhoods;
    }

    public void setNeighbourhoods(String neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    public LocalDate getCharterDate() {
        return charterDate;
    }

    public void setCharterDate(LocalDate charterDate) {
        this.charterDate = charterDate;
    }

    public LocalDate getPrefectOrderDate() {
        return prefectOrderDate;
    }

    public void setPrefectOrderDate(LocalDate prefectOrderDate) {
        this.prefectOrderDate = prefectOrderDate;
    }

    public Long getCarrierOrganisationId() {
        return carrierOrganisationId;
    }

    public void setCarrierOrganisationId(Long carrierOrganisationId) {
        this.carrierOrganisationId = carrierOrganisationId;
    }
}
