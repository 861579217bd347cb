package fr.parcours.collective.web;

import fr.parcours.collective.CensusReport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.validation.Errors;

/** The census: which of the region's structures are eligible (mediation project, adultes-relais agreements). */
public class CensusFormData {

    @NotEmpty
    private List<Long> organisationIds = new ArrayList<>();

    @NotBlank
    @Size(max = 2000)
    private String criteria;

    /** Every structure must be one the census may list: a forged id is refused. */
    void validate(Errors errors, Collection<Long> eligibleIds) {
        if (!eligibleIds.containsAll(organisationIds)) {
            errors.rejectValue("organisationIds", "NotAllowed");
        }
    }

    CensusReport toReport(String userId) {
        return new CensusReport(List.copyOf(organisationIds), criteria.strip(), userId);
    }

    public List<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(List<Long> organisationIds) {
        this.organisationIds = organisationIds == null ? new ArrayList<>() : organisationIds;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }
}
