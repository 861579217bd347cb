package fr.parcours.admin.operators.web;

import fr.parcours.admin.operators.DlaOperators;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Territories;
import fr.parcours.organisation.web.OrganisationFields;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * A DLA operator as the administrator enters it: the association (its SIRET optional), its head office
 * ({@code departmentCode}), the departments it covers.
 */
public class OperatorFormData extends OrganisationFields {

    private boolean regional;
    @NotEmpty
    private List<String> departmentCodes = new ArrayList<>();

    public OperatorFormData() {
        setLegalForm(LegalForm.ASSOCIATION);
    }

    static OperatorFormData of(DlaOperators.Operator operator) {
        OperatorFormData form = new OperatorFormData();
        form.setName(operator.name());
        form.setCity(operator.city());
        form.regional = operator.regional();
        form.departmentCodes = new ArrayList<>(operator.departmentCodes());
        return form;
    }

    /** Every department must exist and lie in the region of the head office (or of the operator, when editing). */
    void validate(Errors errors, Territories territories, String regionCode) {
        String region = regionCode;
        if (region == null && getDepartmentCode() != null && !getDepartmentCode().isBlank()) {
            Optional<Territories.Department> headOffice = territories.department(getDepartmentCode());
            if (headOffice.isEmpty()) {
                errors.rejectValue("departmentCode", "admin.operators.error.department");
                return;
            }
            region = headOffice.get().regionCode();
        }
        if (region == null) {
            return;
        }
        String expected = region;
        boolean outside = departmentCodes.stream().anyMatch(code -> territories.department(code)
                .filter(found -> found.regionCode().equals(expected)).isEmpty());
        if (outside) {
            errors.rejectValue("departmentCodes", "admin.operators.error.departments-region");
        }
    }

    DlaOperators.NewOperator toNewOperator() {
        return new DlaOperators.NewOperator(getName().strip(), siretOrNull(), getLegalForm(), getCity().strip(),
                getDepartmentCode(), regional, departmentCodes);
    }

    public boolean isRegional() {
        return regional;
    }

    public void setRegional(boolean regional) {
        this.regional = regional;
    }

    public List<String> getDepartmentCodes() {
        return departmentCodes;
    }

    public void setDepartmentCodes(List<String> departmentCodes) {
        this.departmentCodes = departmentCodes == null ? new ArrayList<>() : departmentCodes;
    }
}
