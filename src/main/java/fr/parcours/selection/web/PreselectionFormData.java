package fr.parcours.selection.web;

import fr.parcours.selection.Preselection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.validation.Errors;

/** The consultant organisations invited to send a proposal: 3 to 4, picked from the consultants' list. */
public class PreselectionFormData {

    private List<Long> consultantIds = new ArrayList<>();

    /** 3 to 4 distinct consultants, every one of them among {@code allowed} (a forged id is refused). */
    public void validate(Set<Long> allowed, Errors errors) {
        Set<Long> distinct = new LinkedHashSet<>(consultantIds);
        if (distinct.contains(null) || !allowed.containsAll(distinct)) {
            errors.rejectValue("consultantIds", "engineering.error.not-a-choice");
        } else if (distinct.size() != consultantIds.size()
                || distinct.size() < Preselection.MIN || distinct.size() > Preselection.MAX) {
            errors.rejectValue("consultantIds", "engineering.error.preselection-count",
                    new Object[] {Preselection.MIN, Preselection.MAX}, null);
        }
    }

    public Preselection toPreselection(String userId) {
        return new Preselection(consultantIds.stream().filter(Objects::nonNull).toList(), userId);
    }

    public List<Long> getConsultantIds() {
        return consultantIds;
    }

    public void setConsultantIds(List<Long> consultantIds) {
        this.consultantIds = consultantIds == null ? new ArrayList<>() : consultantIds;
    }
}
