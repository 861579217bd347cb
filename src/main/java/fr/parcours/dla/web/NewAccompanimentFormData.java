package fr.parcours.dla.web;

import fr.parcours.organisation.NewStructure;
import fr.parcours.organisation.Territory;
import fr.parcours.organisation.web.StructureFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * A structure's request for an accompaniment, as the officer records it: either for a structure already known, or
 * for a new one registered on the way, with the fields an administrator's structure form asks. The request itself
 * is checked in the validation group {@link Request}; the new structure's fields (the default group) only when the
 * structure is new.
 */
public class NewAccompanimentFormData extends StructureFields {

    /** Bean Validation group of the request itself, checked whichever structure it is for. */
    public interface Request {
    }

    private boolean newStructure;

    private Long organisationId;

    private boolean esusApproved;

    private boolean jobCreationProject;

    @NotBlank(groups = Request.class)
    @Size(max = 2000, groups = Request.class)
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
        validate(territories.stream().map(Territory::departmentCode).toList(), "intake.department.out-of-scope", errors);
    }

    NewStructure toNewStructure(List<Territory> territories) {
        return new NewStructure(getName().strip(), getSiret(), getLegalForm(), nafCodeValue(), territory(territories),
                getCity().strip(), getSector().strip(), getEmployees(), getAidedContracts(), isQpv(), esusApproved,
                jobCreationProject);
    }

    private Territory territory(List<Territory> territories) {
        return territories.stream().filter(t -> t.departmentCode().equals(getDepartmentCode())).findFirst()
                .orElse(null);
    }

    /** Required at intake; optional on the administrator's form and in a structures CSV. */
    @Override
    @NotBlank
    public String getSector() {
        return super.getSector();
    }

    /** The intake's advice (dla-fit.dmn) reads the aided contracts: required here, optional for an administrator. */
    @Override
    @NotNull
    public Integer getAidedContracts() {
        return super.getAidedContracts();
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

    public String getMotive() {
        return motive;
    }

    public void setMotive(String motive) {
        this.motive = motive;
    }
}
