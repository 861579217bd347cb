package fr.parcours.council.cycles;

import fr.parcours.council.Council;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.Gender;
import java.util.List;

/** The attendance record of one meeting: every member of the council then, present or not. */
public record AttendanceSheet(Council council, CouncilMeeting meeting, List<Row> rows) {

    public record Row(CouncilMember member, boolean present) {
    }

    public long residentWomenPresent() {
        return present(College.RESIDENTS, Gender.FEMALE);
    }

    public long residentMenPresent() {
        return present(College.RESIDENTS, Gender.MALE);
    }

    public long present(College college, Gender gender) {
        return rows.stream().filter(Row::present)
                .filter(r -> r.member().getCollege() == college && r.member().getGender() == gender).count();
    }

    public long present() {
        return rows.stream().filter(Row::present).count();
    }
}
