package fr.parcours.council.civic;

import fr.parcours.council.members.CouncilMember;
import java.time.LocalDate;
import java.util.List;

/** The "Vie citoyenne" section of a council page: steering meetings and interpellations, newest first, with counts. */
public record CivicOverview(List<SteeringRow> steeringMeetings, List<InterpellationRow> interpellations,
                            int answerDays) {

    /** A steering meeting and the members who sat there (an erased one shows without a name). */
    public record SteeringRow(SteeringMeeting meeting, List<CouncilMember> attendees) {
    }

    /** An interpellation, the date of the council meeting that decided it (if known), and whether it is overdue. */
    public record InterpellationRow(Interpellation interpellation, LocalDate decidedAtMeetingOn, boolean overdue) {
    }

    public long meetingsOf(SteeringBody body) {
        return steeringMeetings.stream().filter(row -> row.meeting().getBody() == body).count();
    }

    /** Seats taken: one per member present at one steering meeting. */
    public int seatsTaken() {
        return steeringMeetings.stream().mapToInt(row -> row.meeting().getAttendeeIds().size()).sum();
    }

    public long interpellationsIn(InterpellationStatus status) {
        return interpellations.stream().filter(row -> row.interpellation().getStatus() == status).count();
    }

    public long overdue() {
        return interpellations.stream().filter(InterpellationRow::overdue).count();
    }
}
