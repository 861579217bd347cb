package fr.parcours.collective.web;

import fr.parcours.collective.SelectedConsultant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import org.springframework.validation.Errors;

/** The consultant chosen for the collective, and why (the selection itself is summarised in this step). */
public class ConsultantFormData {

    @NotNull
    private Long organisationId;

    @NotBlank
    @Size(max = 2000)
    private String reason;

    void validate(Errors errors, Collection<Long> consultantIds) {
        if (organisationId != null && !consultantIds.contains(organisationId)) {
            errors.rejectValue("organisationId", "NotAllowed");
        }
    }

    SelectedConsultant toChoice(String userId) {
        return new SelectedConsultant(organisationId, reason.strip(), userId);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
