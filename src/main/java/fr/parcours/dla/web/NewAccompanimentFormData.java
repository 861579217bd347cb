package fr.parcours.dla.web;

import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.NewStructure;
import fr.parcours.organisation.Territory;
import fr.parcours.organisation.ValidSiret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * A structure's request for an accompaniment, as the officer records it: either for a structure already
 * known, or for a new one registered on the way. The structure's fields are checked only in the second
 * case (validation group {@link NewStructureGroup}).
 */
public class NewAccompanimentFormData {

    /** Bean Validation group of the fields describing a new structure. */
    public interface NewStructureGroup {
    }

    private boolean newStructure;

    private Long organisationId;

    @NotBlank(groups = NewStructureGroup.class)
    @Size(max = 200, groups = NewStructureGroup.class)
    private String name;

    @NotBlank(groups = NewStructureGroup.class)
    @ValidSiret(groups = NewStructureGroup.class)
    private String siret;

    @NotNull(groups = NewStructureGroup.class)
    private LegalForm legalForm;

    @NotBlank(groups = NewStructureGroup.class)
    private String departmentCode;

    @NotBlank(groups = NewStructureGroup.class)
    @Size(max = 120, groups = NewStructureGroup.class)
    private String city;

    @NotBlank(groups = NewStructureGroup.class)
    @Size(max = 120, groups = NewStructureGroup.class)
    private String sector;

    @NotNull(groups = NewStructureGroup.class)
    @PositiveOrZero(groups = NewStructureGroup.class)
    private Integer employees;

    @NotNull(groups = NewStructureGroup.class)
    @PositiveOrZero(groups = NewStructureGroup.class)
    private Integer aidedContracts;

    private boolean esusApproved;

    private boolean jobCreationProject;

    @NotBlank
    @Size(max = 2000)
    private String motive;

    /** An existing structure must be one the officer may choose; a forged id is a field error, not a 404. */
    void validateExistingChoice(Collection<Long> allowedIds, Errors errors) {
        if (organisationId == null) {
            errors.rejectValue("organisationId", "NotNull");
        } else if (!allowedIds.contains(organisationId)) {
            errors.rejectValue("organisationId", "intake.structure.not-allowed");
        }
    }

    /** Rules of a new structure that span fields or need the officer's territories. */
    void validateNewStructure(List<Territory> territories, Errors errors) {
        if (departmentCode != null && !departmentCode.isBlank() && territory(territories) == null) {
            errors.rejectValue("departmentCode", "intake.department.out-of-scope");
        }
        if (employees != null && aidedContracts != null && aidedContracts > employees
                && !errors.hasFieldErrors("aidedContracts")) {
            errors.rejectValue("aidedContracts", "intake.aided-contracts.more-than-employees");
        }
    }

    NewStructure toNewStructure(List<Territory> territories) {
        return new NewStructure(name.strip(), siret, legalForm, territory(territories), city.strip(), sector.strip(),
                employees, aidedContracts, esusApproved, jobCreationProject);
    }

    private Territory territory(List<Territory> territories) {
        return territories.stream().filter(t -> t.departmentCode().equals(departmentCode)).findFirst().orElse(null);
    }

    public boolean isEsusApproved() {
        return esusApproved;
    }

    public void setEsusApproved(boolean esusApproved) {
        this.esusApproved = esusApproved;
    }

    public boolean isJobCreationProject() {
        return jobCreationProject;
    }

    public void setJobCreationProject(boolean jobCreationProject) {
        this.jobCreationProject = jobCreationProject;
    }

    public boolean isNewStructure() {
        return newStructure;
    }

    public void setNewStructure(boolean newStructure) {
        this.newStructure = newStructure;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
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

    /** Officers often copy SIRETs with spaces ("412 345 678 00012"): only the digits count. */
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

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public Integer getAidedContracts() {
        return aidedContracts;
    }

    public void setAidedContracts(Integer aidedContracts) {
        this.aidedContracts = aidedContracts;
    }

    public String getMotive() {
        return motive;
    }

    public void setMotive(String motive) {
        this.motive = motive;
    }
}
