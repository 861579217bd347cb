package fr.parcours.collective;

import java.io.Serializable;
import java.util.List;

/** The census: the region's eligible structures (invited to the mobilisation meeting) and the criteria used. */
public record CensusReport(List<Long> organisationIds, String criteria, String recordedBy) implements Serializable {

    public CensusReport {
        organisationIds = List.copyOf(organisationIds);
    }
}
