package fr.parcours.collective.selection;

import fr.parcours.organisation.Organisation;
import fr.parcours.selection.Candidacy;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A consultant preselected for the sessions of a collective, with its proposal and its scores once known. */
@Entity
@Table(name = "collective_candidate")
public class CollectiveCandidate extends Candidacy {

    private long collectiveId;

    protected CollectiveCandidate() {
    }

    public CollectiveCandidate(long collectiveId, Organisation organisation, String preselectedBy,
                               Instant preselectedAt) {
        super(organisation, preselectedBy, preselectedAt);
        this.collectiveId = collectiveId;
    }

    public long getCollectiveId() {
        return collectiveId;
    }
}
