package fr.parcours.collective.census.web;

import fr.parcours.collective.census.CensusEntry;
import fr.parcours.organisation.Organisation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.validation.Errors;

/** One structure of the census form: listed or not, and what the census found about it. */
public class CensusLineFormData {

    private Long organisationId;
    private boolean listed;
    private Boolean mediationProject;

    @PositiveOrZero
    @Max(999)
    private Integer adultesRelaisAgreements;

    @PositiveOrZero
    @Max(99999)
    private Integer employees;

    static CensusLineFormData of(Organisation structure) {
        CensusLineFormData line = new CensusLineFormData();
        line.organisationId = structure.getId();
        line.employees = structure.getEmployees();
        return line;
    }

    /** A listed structure must have its answers, and meet the criteria: a mediation project, an agreement at least. */
    void validate(Errors errors, String prefix) {
        if (mediationProject == null) {
            errors.rejectValue(prefix + "mediationProject", "NotNull");
        } else if (!mediationProject) {
            errors.rejectValue(prefix + "mediationProject", "CensusNoMediationProject");
        }
        if (adultesRelaisAgreements == null) {
            errors.rejectValue(prefix + "adultesRelaisAgreements", "NotNull");
        } else if (adultesRelaisAgreements == 0) {
            errors.rejectValue(prefix + "adultesRelaisAgreements", "CensusNoAgreement");
        }
        if (employees == null) {
            errors.rejectValue(prefix + "employees", "NotNull");
        }
    }

    CensusEntry toEntry() {
        return new CensusEntry(organisationId, mediationProject, adultesRelaisAgreements, employees);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public Boolean getMediationProject() {
        return mediationProject;
    }

    public void setMediationProject(Boolean mediationProject) {
        this.mediationProject = mediationProject;
    }

    public Integer getAdultesRelaisAgreements() {
        return adultesRelaisAgreements;
    }

    public void setAdultesRelaisAgreements(Integer adultesRelaisAgreements) {
        this.adultesRelaisAgreements = adultesRelaisAgreements;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }
}
