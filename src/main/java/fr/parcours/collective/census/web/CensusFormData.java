package fr.parcours.collective.census.web;

import fr.parcours.collective.census.CensusReport;
import fr.parcours.organisation.Organisation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.validation.Errors;

/**
 * The census: one line per structure of the region; the coordinator lists the eligible ones with what the census
 * checked (a social-mediation project, adultes-relais agreements, headcount) and the criteria applied.
 */
public class CensusFormData {

    @Valid
    private List<CensusLineFormData> lines = new ArrayList<>();

    @NotBlank
    @Size(max = 2000)
    private String criteria;

    /** One line per structure, pre-filled with what Parcours already knows of it. */
    static CensusFormData of(List<Organisation> structures) {
        CensusFormData form = new CensusFormData();
        structures.forEach(structure -> form.lines.add(CensusLineFormData.of(structure)));
        return form;
    }

    /** At least one structure listed; each listed one meets the criteria and is one the census may list. */
    void validate(Errors errors, Collection<Long> eligibleIds) {
        List<Integer> listed = IntStream.range(0, lines.size()).filter(i -> lines.get(i).isListed()).boxed().toList();
        if (listed.isEmpty()) {
            errors.rejectValue("lines", "CensusEmpty");
        }
        Set<Long> seen = new HashSet<>();
        for (int i : listed) {
            CensusLineFormData line = lines.get(i);
            if (line.getOrganisationId() == null || !eligibleIds.contains(line.getOrganisationId())
                    || !seen.add(line.getOrganisationId())) {
                errors.rejectValue("lines[" + i + "].listed", "NotAllowed");
            }
            line.validate(errors, "lines[" + i + "].");
        }
    }

    CensusReport toReport(String userId) {
        return new CensusReport(lines.stream().filter(CensusLineFormData::isListed).map(CensusLineFormData::toEntry)
                .toList(), criteria.strip(), userId);
    }

    public List<CensusLineFormData> getLines() {
        return lines;
    }

    public void setLines(List<CensusLineFormData> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }
}
