package fr.parcours.collective.census;

import java.io.Serializable;
import java.util.List;

/** The census: the region's eligible structures (invited to the mobilisation meeting), what was checked, the criteria. */
public record CensusReport(List<CensusEntry> structures, String criteria, String recordedBy) implements Serializable {

    public CensusReport {
        structures = List.copyOf(structures);
    }

    public List<Long> organisationIds() {
        return structures.stream().map(CensusEntry::organisationId).toList();
    }
}
