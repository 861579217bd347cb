package fr.parcours.admin.structures.web;

import fr.parcours.admin.structures.StructureDetails;
import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.NafCode;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.Territories.Department;
import fr.parcours.organisation.ValidSiret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.validation.Errors;

/** A structure on the administrator's form, or one line of a structures CSV: the same checks for both. */
public class StructureFormData {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @ValidSiret
    private String siret;

    @NotNull
    private LegalForm legalForm;

    @NotBlank
    private String nafCode;

    @NotNull
    @PositiveOrZero
    @Max(100_000)
    private Integer employees;

    @PositiveOrZero
    @Max(100_000)
    private Integer aidedContracts;

    private boolean qpv;

    @NotBlank
    private String departmentCode;

    @NotBlank
    @Size(max = 120)
    private String city;

    @Size(max = 120)
    private String sector;

    static StructureFormData fromOrganisation(Organisation structure) {
        StructureFormData form = new StructureFormData();
        form.name = structure.getName();
        form.siret = structure.getSiret();
        form.legalForm = structure.getLegalFormKind();
        form.nafCode = structure.getNafCode() == null ? null : structure.getNafCode().code();
        form.employees = structure.getEmployees();
        form.aidedContracts = structure.getAidedContracts();
        form.qpv = structure.isQpv();
        form.departmentCode = structure.getDepartmentCode();
        form.city = structure.getCity();
        form.sector = structure.getSector();
        return form;
    }

    /** The rules bean validation cannot express: a NAF code, a known department, no more aided contracts than staff. */
    void validate(Map<String, Department> departments, Errors errors) {
        if (nafCode != null && !nafCode.isBlank() && !NafCode.isValid(nafCode)) {
            errors.rejectValue("nafCode", "admin.structures.naf.invalid");
        }
        if (departmentCode != null && !departmentCode.isBlank() && !departments.containsKey(departmentCode)) {
            errors.rejectValue("departmentCode", "admin.structures.department.unknown");
        }
        if (employees != null && aidedContracts != null && aidedContracts > employees
                && !errors.hasFieldErrors("aidedContracts")) {
            errors.rejectValue("aidedContracts", "intake.aided-contracts.more-than-employees");
        }
    }

    StructureDetails toDetails(Map<String, Department> departments) {
        return new StructureDetails(name.strip(), siret, legalForm, NafCode.parse(nafCode), employees, aidedContracts,
                qpv, departments.get(departmentCode).territory(), city.strip(),
                sector == null || sector.isBlank() ? null : sector.strip());
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

    /** SIRETs are often copied with spaces ("412 345 678 00012"): only the digits count. */
    public void setSiret(String siret) {
        this.siret = siret == null ? null : siret.replaceAll("\\s", "");
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(LegalForm legalForm) {
        this.legalForm = legalForm;
    }

    public String getNafCode() {
        return nafCode;
    }

    /** Typed as it comes ("8899b", "88.99 B"): read as a NAF code when it is one. */
    public void setNafCode(String nafCode) {
        this.nafCode = NafCode.isValid(nafCode) ? NafCode.parse(nafCode).code() : nafCode;
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

    public boolean isQpv() {
        return qpv;
    }

    public void setQpv(boolean qpv) {
        this.qpv = qpv;
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
}
