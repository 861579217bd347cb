package fr.parcours.admin.carriers.web;

import fr.parcours.admin.carriers.CarrierDetails;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRole;
import fr.parcours.organisation.Territories.Department;
import fr.parcours.organisation.web.OrganisationFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * A carrier or operator on the administrator's form: who it is, where (its SIRET optional: a network's regional
 * mission may have none of its own), and the roles it holds.
 */
public class CarrierFormData extends OrganisationFields {

    /** Assigned roles only; at least one unless the organisation is a DLA operator (a role it holds by the registry). */
    private List<OrganisationRole> roles = new ArrayList<>();

    static CarrierFormData fromCarrier(Organisation organisation, Set<OrganisationRole> roles) {
        CarrierFormData form = new CarrierFormData();
        form.copyFrom(organisation);
        form.roles = new ArrayList<>(roles.stream().filter(OrganisationRole::isAssignable).toList());
        return form;
    }

    void validate(Map<String, Department> departments, boolean dlaOperator, Errors errors) {
        if (roles.stream().anyMatch(role -> !role.isAssignable())) {
            errors.rejectValue("roles", "operator.carriers.dla-operator-from-registry");
        } else if (roles.isEmpty() && !dlaOperator) {
            errors.rejectValue("roles", "NotEmpty");
        }
        rejectDepartmentOutside(departments.keySet(), "admin.structures.department.unknown", errors);
    }

    CarrierDetails toDetails(Map<String, Department> departments) {
        return new CarrierDetails(getName().strip(), siretOrNull(), getLegalForm(),
                departments.get(getDepartmentCode()).territory(), getCity().strip(),
                roles.isEmpty() ? EnumSet.noneOf(OrganisationRole.class) : EnumSet.copyOf(roles));
    }

    public List<OrganisationRole> getRoles() {
        return roles;
    }

    public void setRoles(List<OrganisationRole> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
