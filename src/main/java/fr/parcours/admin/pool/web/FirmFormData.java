package fr.parcours.admin.pool.web;

import fr.parcours.admin.pool.FirmDetails;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.ConsultantProfile;
import fr.parcours.organisation.ConsultantProfile.Contact;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.Territories.Department;
import fr.parcours.organisation.web.OrganisationFields;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.validation.Errors;

/** A firm of the prestataire pool on the administrator's form: an organisation with a SIRET, and its profile. */
public class FirmFormData extends OrganisationFields {

    @NotEmpty
    private List<CompetenceDomain> domains = new ArrayList<>();

    @NotEmpty
    private List<String> regionCodes = new ArrayList<>();

    @NotNull
    @DecimalMin("0.01")
    @DecimalMax("99999.99")
    @Digits(integer = 5, fraction = 2)
    private BigDecimal dayRate;

    @NotBlank
    @Size(max = 120)
    private String contactName;

    @NotBlank
    @Email
    @Size(max = 200)
    private String contactEmail;

    @Size(max = 30)
    @Pattern(regexp = "[0-9 +().-]*")
    private String contactPhone;

    static FirmFormData fromFirm(Organisation firm, ConsultantProfile profile) {
        FirmFormData form = new FirmFormData();
        form.copyFrom(firm);
        if (profile != null) {
            form.domains = new ArrayList<>(profile.getDomains());
            form.regionCodes = new ArrayList<>(profile.getRegionCodes());
            form.dayRate = profile.getDayRate();
            form.contactName = profile.getContact().name();
            form.contactEmail = profile.getContact().email();
            form.contactPhone = profile.getContact().phone();
        }
        return form;
    }

    /** Only departments and regions of the reference data. */
    void validate(Map<String, Department> departments, Collection<String> regions, Errors errors) {
        rejectDepartmentOutside(departments.keySet(), "admin.structures.department.unknown", errors);
        if (!regions.containsAll(regionCodes)) {
            errors.rejectValue("regionCodes", "admin.pool.region.unknown");
        }
    }

    FirmDetails toDetails(Map<String, Department> departments) {
        return new FirmDetails(getName().strip(), getSiret(), getLegalForm(),
                departments.get(getDepartmentCode()).territory(), getCity().strip(),
                EnumSet.copyOf(domains), new TreeSet<>(regionCodes), dayRate,
                new Contact(contactName.strip(), contactEmail.strip(),
                        contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip()));
    }

    @Override
    @NotBlank
    public String getSiret() {
        return super.getSiret();
    }

    public List<CompetenceDomain> getDomains() {
        return domains;
    }

    public void setDomains(List<CompetenceDomain> domains) {
        this.domains = domains == null ? new ArrayList<>() : new ArrayList<>(domains);
    }

    public List<String> getRegionCodes() {
        return regionCodes;
    }

    public void setRegionCodes(List<String> regionCodes) {
        this.regionCodes = regionCodes == null ? new ArrayList<>() : new ArrayList<>(regionCodes);
    }

    public BigDecimal getDayRate() {
        return dayRate;
    }

    public void setDayRate(BigDecimal dayRate) {
        this.dayRate = dayRate;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
