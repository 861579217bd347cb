package fr.parcours.council.members;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks on a council's current members: residents at least half of the members and parity among the residents
 * drawn by lot (loi Lamy), 15 to 50 members recommended (the national frame of reference, not the law). Warnings are
 * message keys.
 */
public record LamyCheck(int members, int residents, int localActors, int residentWomen, int residentMen,
                        List<String> warnings) {

    static final int MIN_RECOMMENDED = 15;
    static final int MAX_RECOMMENDED = 50;

    public static LamyCheck of(List<CouncilMember> activeMembers) {
        int residents = (int) activeMembers.stream().filter(m -> m.getCollege() == College.RESIDENTS).count();
        int women = countResidents(activeMembers, Gender.FEMALE);
        int men = countResidents(activeMembers, Gender.MALE);
        int total = activeMembers.size();
        List<String> warnings = new ArrayList<>();
        if (residents * 2 < total) {
            warnings.add("council.lamy.residents-share");
        }
        if (total < MIN_RECOMMENDED || total > MAX_RECOMMENDED) {
            warnings.add("council.lamy.size");
        }
        // With an odd number of residents drawn by lot, one more of either gender is still parity.
        if (Math.abs(women - men) > 1) {
            warnings.add("council.lamy.parity");
        }
        return new LamyCheck(total, residents, total - residents, women, men, List.copyOf(warnings));
    }

    /** Residents' share of the members, in percent (0 for an empty council). */
    public int residentsPercent() {
        return members == 0 ? 0 : Math.round(100f * residents / members);
    }

    private static int countResidents(List<CouncilMember> members, Gender gender) {
        return (int) members.stream()
                .filter(m -> m.getCollege() == College.RESIDENTS && m.getGender() == gender).count();
    }
}
