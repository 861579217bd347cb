package fr.parcours.admin.pool.web;

import fr.parcours.admin.pool.FirmDetails;
import fr.parcours.organisation.CompetenceDomain;
import fr.parcours.organisation.ConsultantProfile;
import fr.parcours.organisation.ConsultantProfile.Contact;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.Territories.Department;
import fr.parcours.organisation.ValidSiret;
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

/** A firm of the prestataire pool on the administrator's form. */
public class FirmFormData {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @ValidSiret
    private String siret;

    @NotNull
    private LegalForm legalForm;

    @NotBlank
    private String departmentCode;

    @NotBlank
    @Size(max = 120)
    private String city;

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
        form.name = firm.getName();
        form.siret = firm.getSiret();
        form.legalForm = firm.getLegalFormKind();
        form.departmentCode = firm.getDepartmentCode();
        form.city = firm.getCity();
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
        if (departmentCode != null && !departmentCode.isBlank() && !departments.containsKey(departmentCode)) {
            errors.rejectValue("departmentCode", "admin.structures.department.unknown");
        }
        if (!regions.containsAll(regionCodes)) {
            errors.rejectValue("regionCodes", "admin.pool.region.unknown");
        }
    }

    FirmDetails toDetails(Map<String, Department> departments) {
        return new FirmDetails(name.strip(), siret, legalForm, departments.get(departmentCode).territory(), city.strip(),
                EnumSet.copyOf(domains), new TreeSet<>(regionCodes), dayRate,
                new Contact(contactName.strip(), contactEmail.strip(),
                        contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip()));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSiret() {
        return siret;
    }

    /** Only the digits count ("412 345 678 00012"). */
    public void setSiret(String siret) {
        this.siret = siret == null ? null : siret.replaceAll("\\s", "");
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
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
