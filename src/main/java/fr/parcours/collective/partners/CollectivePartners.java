package fr.parcours.collective.partners;

import java.util.List;

/** The organisations a coordinator names as carrying a collective and as its departmental operators. */
public record CollectivePartners(List<Long> carrierIds, List<Long> operatorIds) {

    public static final CollectivePartners NONE = new CollectivePartners(List.of(), List.of());

    public CollectivePartners {
        carrierIds = List.copyOf(carrierIds);
        operatorIds = List.copyOf(operatorIds);
    }
}
