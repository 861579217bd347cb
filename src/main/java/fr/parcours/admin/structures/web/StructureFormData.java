package fr.parcours.admin.structures.web;

import fr.parcours.admin.structures.StructureDetails;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.Territories.Department;
import fr.parcours.organisation.web.StructureFields;
import java.util.Map;
import org.springframework.validation.Errors;

/** A structure on the administrator's form, or one line of a structures CSV: the same checks for both. */
public class StructureFormData extends StructureFields {

    static StructureFormData fromOrganisation(Organisation structure) {
        StructureFormData form = new StructureFormData();
        form.copyFrom(structure);
        return form;
    }

    /** The rules bean validation cannot express; the department must be one of the reference data. */
    void validate(Map<String, Department> departments, Errors errors) {
        validate(departments.keySet(), "admin.structures.department.unknown", errors);
    }

    StructureDetails toDetails(Map<String, Department> departments) {
        return new StructureDetails(getName().strip(), getSiret(), getLegalForm(), nafCodeValue(), getEmployees(),
                getAidedContracts(), isQpv(), departments.get(getDepartmentCode()).territory(), getCity().strip(),
                sectorOrNull());
    }
}
