package fr.parcours.collective.partners.web;

import fr.parcours.collective.partners.CollectivePartners;
import fr.parcours.collective.partners.Partnerships.Partners;
import fr.parcours.organisation.Organisation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.validation.Errors;

/** The carrying organisations and departmental operators ticked on a collective's forms. */
public class PartnersFormData {

    private List<Long> carrierIds = new ArrayList<>();
    private List<Long> operatorIds = new ArrayList<>();

    static PartnersFormData fromPartners(Partners partners) {
        PartnersFormData form = new PartnersFormData();
        form.setCarrierIds(partners.carriers().stream().map(Organisation::getId).toList());
        form.setOperatorIds(partners.operators().stream().map(Organisation::getId).toList());
        return form;
    }

    /** Only organisations offered on the form; one organisation cannot both carry and operate the collective. */
    public void validate(Errors errors, Collection<Long> carrierChoices, Collection<Long> operatorChoices) {
        if (!carrierChoices.containsAll(carrierIds)) {
            errors.rejectValue("carrierIds", "NotAllowed");
        }
        if (!operatorChoices.containsAll(operatorIds)) {
            errors.rejectValue("operatorIds", "OperatorOutsideRegion");
        } else if (operatorIds.stream().anyMatch(carrierIds::contains)) {
            errors.rejectValue("operatorIds", "PartnerTwice");
        }
    }

    public CollectivePartners toPartners() {
        return new CollectivePartners(carrierIds.stream().distinct().toList(), operatorIds.stream().distinct().toList());
    }

    public List<Long> getCarrierIds() {
        return carrierIds;
    }

    public void setCarrierIds(List<Long> carrierIds) {
        this.carrierIds = carrierIds == null ? new ArrayList<>() : new ArrayList<>(carrierIds);
    }

    public List<Long> getOperatorIds() {
        return operatorIds;
    }

    public void setOperatorIds(List<Long> operatorIds) {
        this.operatorIds = operatorIds == null ? new ArrayList<>() : new ArrayList<>(operatorIds);
    }
}
