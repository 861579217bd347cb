package fr.parcours.dla.engineering;

import fr.parcours.organisation.Organisation;
import fr.parcours.selection.Candidacy;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A consultant preselected for one ingénierie, with its proposal and the structure's scores once known. */
@Entity
@Table(name = "consultant_candidate")
public class ConsultantCandidate extends Candidacy {

    private long missionId;

    protected ConsultantCandidate() {
    }

    public ConsultantCandidate(long missionId, Organisation organisation, String preselectedBy, Instant preselectedAt) {
        super(organisation, preselectedBy, preselectedAt);
        this.missionId = missionId;
    }

    public long getMissionId() {
        return missionId;
    }
}
