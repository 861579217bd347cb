package fr.parcours.council.draws;

import fr.parcours.council.Council;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.Gender;
import java.util.List;

/**
 * What a draw's procès-verbal shows: the lists, the counts of answers, and the residents it brought in (an erased
 * member stays as an anonymous line, so the counts still add up).
 */
public record DrawRecord(Council council, ResidentsDraw draw, List<DrawList> lists, List<CouncilMember> accepted) {

    public long acceptedWomen() {
        return accepted.stream().filter(m -> m.getGender() == Gender.FEMALE).count();
    }

    public long acceptedMen() {
        return accepted.stream().filter(m -> m.getGender() == Gender.MALE).count();
    }
}
