package fr.parcours.organisation.web;

import fr.parcours.organisation.LegalForm;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.ValidSiret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.validation.Errors;

/**
 * What every organisation form asks: name, SIRET, legal form, department and city. A form extends it, so that the
 * posted names stay flat ({@code name}, {@code siret}…), and shows it with {@code organisation/fields :: organisation}.
 * The SIRET is optional here (a network's regional mission may have none): a form that requires it puts
 * {@code @NotBlank} on its {@link #getSiret()}.
 */
public class OrganisationFields {

    @NotBlank
    @Size(max = 200)
    private String name;

    @ValidSiret
    private String siret;

    @NotNull
    private LegalForm legalForm;

    @NotBlank
    private String departmentCode;

    @NotBlank
    @Size(max = 120)
    private String city;

    /** Fills the fields with what is stored, for a correction. */
    protected void copyFrom(Organisation organisation) {
        name = organisation.getName();
        siret = organisation.getSiret();
        legalForm = organisation.getLegalFormKind();
        departmentCode = organisation.getDepartmentCode();
        city = organisation.getCity();
    }

    /** A department not among {@code departments} is a field error {@code code}: unknown, or outside a territory. */
    public void rejectDepartmentOutside(Collection<String> departments, String code, Errors errors) {
        if (departmentCode != null && !departmentCode.isBlank() && !departments.contains(departmentCode)) {
            errors.rejectValue("departmentCode", code);
        }
    }

    /**
     * A SIRET that another organisation holds (any but {@code id}, the one corrected) is a field error; returns
     * that holder, which the form links to.
     */
    public Optional<Organisation> rejectSiretHeldByAnother(Function<String, Optional<Organisation>> holderOf, Long id,
                                                           Errors errors) {
        if (errors.hasFieldErrors("siret") || siret == null || siret.isEmpty()) {
            return Optional.empty();
        }
        Optional<Organisation> holder = holderOf.apply(siret).filter(other -> !other.getId().equals(id));
        holder.ifPresent(other -> errors.rejectValue("siret", "admin.structures.siret-taken"));
        return holder;
    }

    /** The SIRET, or null when none was given. */
    public String siretOrNull() {
        return siret == null || siret.isEmpty() ? null : siret;
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
}
