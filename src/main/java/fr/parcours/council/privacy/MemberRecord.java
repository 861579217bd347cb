package fr.parcours.council.privacy;

import fr.parcours.council.Council;
import fr.parcours.council.draws.ResidentsDraw;
import fr.parcours.council.members.CouncilMember;
import java.time.LocalDate;
import java.util.List;

/**
 * All personal data Parcours holds about one council member, as exported on request (RGPD art. 15 and 20): the
 * council meetings attended, the contrat de ville steering-body meetings where the member sat for the council, and
 * the draw by lot they came from ({@code null} for a member who did not).
 */
public record MemberRecord(Council council, CouncilMember member, List<LocalDate> meetingsAttended,
                           List<SteeringSeat> steeringMeetingsAttended, ResidentsDraw draw) {

    /** One steering-body meeting attended: when, which body ({@code SteeringBody} name, and the name of an other one). */
    public record SteeringSeat(LocalDate heldOn, String body, String bodyName, String subject) {
    }
}
