package fr.parcours.admin.carriers.web;

import fr.parcours.admin.carriers.CarrierDetails;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRole;
import fr.parcours.organisation.Territories.Department;
import fr.parcours.organisation.ValidSiret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.Errors;

/** A carrier or operator on the administrator's form: who it is, where, and the roles it holds. */
public class CarrierFormData {

    @NotBlank
    @Size(max = 200)
    private String name;

    /** Optional: a network's regional mission may have none of its own. */
    @ValidSiret
    private String siret;

    @NotNull
    private LegalForm legalForm;

    @NotBlank
    private String departmentCode;

    @NotBlank
    @Size(max = 120)
    private String city;

    /** Assigned roles only; at least one unless the organisation is a DLA operator (a role it holds by the registry). */
    private List<OrganisationRole> roles = new ArrayList<>();

    static CarrierFormData fromCarrier(Organisation organisation, Set<OrganisationRole> roles) {
        CarrierFormData form = new CarrierFormData();
        form.name = organisation.getName();
        form.siret = organisation.getSiret();
        form.legalForm = organisation.getLegalFormKind();
        form.departmentCode = organisation.getDepartmentCode();
        form.city = organisation.getCity();
        form.roles = new ArrayList<>(roles.stream().filter(OrganisationRole::isAssignable).toList());
        return form;
    }

    void validate(Map<String, Department> departments, boolean dlaOperator, Errors errors) {
        if (roles.stream().anyMatch(role -> !role.isAssignable())) {
            errors.rejectValue("roles", "operator.carriers.dla-operator-from-registry");
        } else if (roles.isEmpty() && !dlaOperator) {
            errors.rejectValue("roles", "NotEmpty");
        }
        if (departmentCode != null && !departmentCode.isBlank() && !departments.containsKey(departmentCode)) {
            errors.rejectValue("departmentCode", "admin.structures.department.unknown");
        }
    }

    CarrierDetails toDetails(Map<String, Department> departments) {
        return new CarrierDetails(name.strip(), siret == null || siret.isEmpty() ? null : siret, legalForm,
                departments.get(departmentCode).territory(), city.strip(), roles.isEmpty() ? EnumSet.noneOf(OrganisationRole.class) : EnumSet.copyOf(roles));
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

    public List<OrganisationRole> getRoles() {
        return roles;
    }

    public void setRoles(List<OrganisationRole> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
