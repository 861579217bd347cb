package fr.parcours.council;

import java.time.LocalDate;
import java.util.List;

/**
 * All personal data Parcours holds about one council member, as exported on request (RGPD art. 15 and 20),
 * including the draw by lot they came from ({@code null} for a member who did not).
 */
public record MemberRecord(Council council, CouncilMember member, List<LocalDate> meetingsAttended,
                           ResidentsDraw draw) {
}
