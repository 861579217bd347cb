package fr.parcours.collective;

import fr.parcours.collective.sessions.CollectiveSession;
import fr.parcours.collective.tracks.Participation;
import java.util.List;

/** A collective at a glance: each structure with its status and the sessions it attended, and the sessions. */
public record CollectiveOverview(CollectiveAccompaniment collective, List<StructureRow> structures,
                                 List<CollectiveSession> sessions) {

    public record StructureRow(Participation participation, long sessionsAttended) {
    }

    public long participating() {
        return structures.stream().filter(row -> row.participation().isActive()).count();
    }
}
