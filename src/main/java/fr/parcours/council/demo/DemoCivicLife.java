package fr.parcours.council.demo;

import fr.parcours.council.civic.CivicLife;
import fr.parcours.council.civic.Institution;
import fr.parcours.council.civic.Interpellation;
import fr.parcours.council.civic.InterpellationAnswer;
import fr.parcours.council.civic.NewInterpellation;
import fr.parcours.council.civic.NewSteeringMeeting;
import fr.parcours.council.civic.SteeringBody;
import fr.parcours.council.demo.DemoCycles.HeldMeetings;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.identity.UserScope;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The council's civic life between and after its meetings: a seat at the contrat de ville steering committee (one
 * member of each college, as loi Lamy asks), the mairie's answer on street lighting, Paris Habitat's still awaited.
 */
@Component
class DemoCivicLife {

    private final CivicLife civic;
    private final CouncilMembers members;

    DemoCivicLife(CivicLife civic, CouncilMembers members) {
        this.civic = civic;
        this.members = members;
    }

    void record(long councilId, HeldMeetings meetings, String facilitator, UserScope scope, LifeCalendar days) {
        List<CouncilMember> active = members.activeMembers(councilId);
        civic.recordSteeringMeeting(councilId, new NewSteeringMeeting(days.daysAgo(85), SteeringBody.STEERING_COMMITTEE,
                null, "Programmation annuelle du contrat de ville : appel à projets des quartiers du 18e",
                Set.of(first(active, College.RESIDENTS), first(active, College.LOCAL_ACTORS)),
                "Le conseil demande qu'une part de l'appel à projets aille aux actions portées par les habitants.",
                "Une ligne du Fonds de participation des habitants réservée aux projets des conseils citoyens."),
                facilitator, scope);

        Interpellation lighting = civic.send(councilId, new NewInterpellation(days.daysAgo(112),
                Institution.DISTRICT_TOWN_HALL, "Mairie du 18e arrondissement, adjoint chargé de l'espace public",
                "Éclairage de la rue Marx-Dormoy", "Après la marche exploratoire, le conseil signale trois portions"
                        + " de rue sans éclairage le soir et demande leur remise en état.", meetings.first()),
                facilitator, scope);
        civic.answer(councilId, lighting.getId(), new InterpellationAnswer(days.daysAgo(80), "Deux candélabres"
                + " remplacés ; la troisième portion est inscrite aux travaux de voirie de l'an prochain."),
                facilitator, scope);
        civic.send(councilId, new NewInterpellation(days.daysAgo(45), Institution.SOCIAL_LANDLORD,
                "Paris Habitat, agence Nord-Est", "Propreté des halls de la résidence Évangile", "Le conseil demande"
                        + " une réunion des locataires avec le gardien et l'entreprise de nettoyage.",
                meetings.second()), facilitator, scope);
    }

    private static long first(List<CouncilMember> members, College college) {
        return members.stream().filter(m -> m.getCollege() == college).findFirst().orElseThrow().getId();
    }
}
