package fr.parcours.council.demo;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilRepository;
import fr.parcours.council.NewCouncil;
import fr.parcours.council.administration.CouncilAdministration;
import fr.parcours.council.facilitators.CouncilFacilitators;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.council.members.Gender;
import fr.parcours.council.members.NewMember;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.StartupMode;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: the 8 Paris conseils citoyens carried by Optima (docs/domain.md#conseils-citoyens), the 18e with fictional
 * members and karim.haddad as its facilitator, who starts its first cycle from the council page. Runs after
 * the demo organisations and users; creates nothing that already exists.
 */
@Component
@Order(3)
class CouncilDemoData implements ApplicationRunner {

    static final List<String> ARRONDISSEMENTS = List.of("10e", "11e", "13e", "14e", "17e", "18e", "19e", "20e");
    static final String FACILITATED = "18e";
    private static final LocalDate STARTED = LocalDate.of(2017, 3, 20);
    private static final List<String> RESIDENTS = List.of("Aïcha Benali", "Marc Lefort", "Fatou Diallo",
            "Paul Morel", "Lina Haddou", "Yanis Cherif", "Sophie Garnier", "Omar Kébé", "Claire Nguyen", "Hugo Petit");
    private static final List<String> LOCAL_ACTORS = List.of("Régie de quartier Chapelle", "Centre social Belleville",
            "Association Goutte d'Or Solidaire", "Club de prévention Nord", "Amicale des locataires Évangile",
            "Maison des associations 18e");
    private static final UserScope ADMIN = UserScope.national(DemoUsers.ADMIN);

    private final StartupMode mode;
    private final CouncilRepository councils;
    private final CouncilAdministration administration;
    private final CouncilFacilitators facilitators;
    private final CouncilMembers members;
    private final OrganisationRepository organisations;

    CouncilDemoData(StartupMode mode, CouncilRepository councils, CouncilAdministration administration,
                    CouncilFacilitators facilitators, CouncilMembers members, OrganisationRepository organisations) {
        this.mode = mode;
        this.councils = councils;
        this.administration = administration;
        this.facilitators = facilitators;
        this.members = members;
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.isDemo()) {
            return;
        }
        Long optima = organisations.findByName("Optima").map(Organisation::getId).orElse(null);
        for (String arrondissement : ARRONDISSEMENTS) {
            String name = "Conseil citoyen Paris " + arrondissement;
            if (councils.findByName(name).isEmpty()) {
                Council council = administration.create(new NewCouncil(name, "Paris " + arrondissement, "11", "75",
                        "Quartiers politique de la ville du " + arrondissement, LocalDate.of(2016, 12, 1),
                        LocalDate.of(2016, 10, 14), optima), DemoUsers.ADMIN, ADMIN);
                if (FACILITATED.equals(arrondissement)) {
                    facilitate(council);
                }
            }
        }
    }

    private void facilitate(Council council) {
        facilitators.assign(council.getId(), DemoUsers.FACILITATOR_PARIS, DemoUsers.ADMIN, ADMIN);
        for (int i = 0; i < RESIDENTS.size(); i++) {
            members.addMember(council.getId(), new NewMember(RESIDENTS.get(i), College.RESIDENTS,
                    i % 2 == 0 ? Gender.FEMALE : Gender.MALE, STARTED), DemoUsers.ADMIN);
        }
        LOCAL_ACTORS.forEach(actor -> members.addMember(council.getId(),
                new NewMember(actor, College.LOCAL_ACTORS, Gender.OTHER, STARTED), DemoUsers.ADMIN));
    }
}
