package fr.parcours.admin.operators.web;

import fr.parcours.admin.operators.DlaOperators;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Territories;
import fr.parcours.organisation.ValidSiret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/** A DLA operator as the administrator enters it: the association, its head office, the departments it covers. */
public class OperatorFormData {

    @NotBlank
    @Size(max = 200)
    private String name;
    @ValidSiret
    private String siret;
    @NotNull
    private LegalForm legalForm = LegalForm.ASSOCIATION;
    @NotBlank
    @Size(max = 120)
    private String city;
    @NotBlank
    private String headOfficeDepartment;
    private boolean regional;
    @NotEmpty
    private List<String> departmentCodes = new ArrayList<>();

    static OperatorFormData of(DlaOperators.Operator operator) {
        OperatorFormData form = new OperatorFormData();
        form.name = operator.name();
        form.city = operator.city();
        form.regional = operator.regional();
        form.departmentCodes = new ArrayList<>(operator.departmentCodes());
        return form;
    }

    /** Every department must exist and lie in the region of the head office (or of the operator, when editing). */
    void validate(Errors errors, Territories territories, String regionCode) {
        String region = regionCode;
        if (region == null && headOfficeDepartment != null && !headOfficeDepartment.isBlank()) {
            Optional<Territories.Department> headOffice = territories.department(headOfficeDepartment);
            if (headOffice.isEmpty()) {
                errors.rejectValue("headOfficeDepartment", "admin.operators.error.department");
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
        return new DlaOperators.NewOperator(name.strip(), siret == null || siret.isBlank() ? null : siret.strip(),
                legalForm, city.strip(), headOfficeDepartment, regional, departmentCodes);
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
        this.siret = siret;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getHeadOfficeDepartment() {
        return headOfficeDepartment;
    }

    public void setHeadOfficeDepartment(String headOfficeDepartment) {
        this.headOfficeDepartment = headOfficeDepartment;
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
