package fr.parcours.council.cycles;

import fr.parcours.council.Council;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.LamyCheck;
import java.util.List;

/**
 * What the council page shows: members by college with the loi Lamy check, the next meeting, the actions
 * still open, and the cycles with their meetings, newest first.
 */
public record CouncilOverview(Council council, List<CouncilMember> residents, List<CouncilMember> localActors,
                              LamyCheck lamy, CouncilMeeting nextMeeting, List<CouncilAction> openActions,
                              List<CycleRow> cycles) {

    /** One cycle and its meetings (held, cancelled or to come). */
    public record CycleRow(CouncilCycle cycle, List<CouncilMeeting> meetings) {
    }
}
