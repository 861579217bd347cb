package fr.parcours.organisation.web;

import fr.parcours.organisation.NafCode;
import fr.parcours.organisation.Organisation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import org.springframework.validation.Errors;

/**
 * What a structure's form asks on top of an organisation's: a required SIRET, the NAF code, headcount, aided
 * contracts, QPV flag and sector, so that every structure can be counted in the annual report (by NAF section and
 * QPV). Shown with {@code organisation/fields :: structure}.
 */
public class StructureFields extends OrganisationFields {

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

    @Size(max = 120)
    private String sector;

    @Override
    protected void copyFrom(Organisation structure) {
        super.copyFrom(structure);
        nafCode = structure.getNafCode() == null ? null : structure.getNafCode().code();
        employees = structure.getEmployees();
        aidedContracts = structure.getAidedContracts();
        qpv = structure.isQpv();
        sector = structure.getSector();
    }

    /**
     * The rules bean validation cannot express: a NAF code, a department among {@code departments} (else the field
     * error {@code departmentError}), no more aided contracts than staff.
     */
    public void validate(Collection<String> departments, String departmentError, Errors errors) {
        if (nafCode != null && !nafCode.isBlank() && !NafCode.isValid(nafCode)) {
            errors.rejectValue("nafCode", "admin.structures.naf.invalid");
        }
        rejectDepartmentOutside(departments, departmentError, errors);
        if (employees != null && aidedContracts != null && aidedContracts > employees
                && !errors.hasFieldErrors("aidedContracts")) {
            errors.rejectValue("aidedContracts", "intake.aided-contracts.more-than-employees");
        }
    }

    /** The NAF code, once validated. */
    public NafCode nafCodeValue() {
        return NafCode.parse(nafCode);
    }

    /** The sector without surrounding spaces, or null when none was given. */
    public String sectorOrNull() {
        return sector == null || sector.isBlank() ? null : sector.strip();
    }

    @Override
    @NotBlank
    public String getSiret() {
        return super.getSiret();
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

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }
}
