package fr.parcours.council;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_HOLD_MEETING;
import static fr.parcours.council.process.CouncilCycleProcess.TASK_PREPARE_MEETING;
import static fr.parcours.council.process.CouncilCycleProcess.TASK_RECORD_MOBILISATION;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_SUBMISSION;

import fr.parcours.council.administration.CouncilAdministration;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.cycles.MeetingPreparation;
import fr.parcours.council.cycles.MeetingReport;
import fr.parcours.council.cycles.MobilisationKind;
import fr.parcours.council.cycles.MobilisationReport;
import fr.parcours.council.facilitators.CouncilFacilitators;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.council.members.Gender;
import fr.parcours.council.members.NewMember;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * A Paris council of its own for each test (region 11, department 75, carried by Optima), with a facilitator
 * of its own: the shared {@code Scenario} reads a user's groups once, so each facilitator is assigned before
 * acting.
 */
@Component
public class CouncilScenario {

    public static final LocalDate MEETING = LocalDate.of(2017, 4, 20);

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final UserScope ADMIN = UserScope.national(DemoUsers.ADMIN);

    private final Scenario scenario;
    private final CouncilAdministration administration;
    private final CouncilMembers members;
    private final CouncilFacilitators facilitators;
    private final CouncilCycles cycles;
    private final UserAccounts accounts;
    private final OrganisationRepository organisations;

    CouncilScenario(Scenario scenario, CouncilAdministration administration, CouncilMembers members,
                    CouncilFacilitators facilitators, CouncilCycles cycles, UserAccounts accounts,
                    OrganisationRepository organisations) {
        this.scenario = scenario;
        this.administration = administration;
        this.members = members;
        this.facilitators = facilitators;
        this.cycles = cycles;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** A new council with {@code residents} residents (alternating genders) and {@code actors} local actors. */
    public Council parisCouncil(int residents, int actors) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Council council = administration.create(new NewCouncil("Conseil citoyen test " + suffix, "Paris 18e", "11", "75",
                "La Chapelle, Porte de la Chapelle", LocalDate.of(2016, 6, 1), LocalDate.of(2016, 9, 15),
                organisations.findByName("Optima").map(o -> o.getId()).orElse(null)), DemoUsers.ADMIN, ADMIN);
        IntStream.range(0, residents).forEach(i -> members.addMember(council.getId(), new NewMember("Habitant " + i,
                College.RESIDENTS, i % 2 == 0 ? Gender.FEMALE : Gender.MALE, LocalDate.of(2016, 9, 15)), DemoUsers.ADMIN));
        IntStream.range(0, actors).forEach(i -> members.addMember(council.getId(), new NewMember("Acteur " + i,
                College.LOCAL_ACTORS, Gender.FEMALE, LocalDate.of(2016, 9, 15)), DemoUsers.ADMIN));
        return council;
    }

    /** A facilitator of the Paris department, assigned to this council only. */
    public String facilitatorOf(Council council) {
        String userId = "fac.test-" + COUNT.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createIfMissing(userId, "Animateur", "Test", DemoUsers.PASSWORD, List.of(Groups.FACILITATORS),
                UserScope.department(userId, "11", "75"));
        assign(council.getId(), userId);
        return userId;
    }

    /** Assigns a facilitator of the council's region, as an admin. */
    public void assign(long councilId, String facilitator) {
        facilitators.assign(councilId, facilitator, DemoUsers.ADMIN, ADMIN);
    }

    /** Ends a facilitator's assignment, as an admin; whether they were assigned. */
    public boolean remove(long councilId, String facilitator) {
        return facilitators.remove(councilId, facilitator, DemoUsers.ADMIN, ADMIN);
    }

    public CouncilCycle startCycle(Council council) {
        return cycles.start(council.getId(), DemoUsers.ADMIN);
    }

    /** One door-to-door action, then the meeting prepared: the cycle waits at the meeting. */
    public void toMeeting(CouncilCycle cycle, String facilitator) {
        String pid = cycle.getProcessInstanceId();
        scenario.complete(scenario.task(pid, TASK_RECORD_MOBILISATION), facilitator, VAR_SUBMISSION,
                new MobilisationReport(MobilisationKind.DOOR_TO_DOOR, MEETING.minusDays(10), 40, 2, false, facilitator));
        scenario.complete(scenario.task(pid, TASK_PREPARE_MEETING), facilitator, VAR_SUBMISSION,
                new MeetingPreparation(MEETING, "Propreté ; fête de quartier", true, "Centre social", facilitator));
    }

    /** The meeting held with every active member present and these decisions of the council. */
    public void holdMeeting(CouncilCycle cycle, String facilitator, List<String> decisions) {
        List<Long> present = members.activeMembers(cycle.getCouncilId()).stream().map(CouncilMember::getId).toList();
        scenario.complete(scenario.task(cycle.getProcessInstanceId(), TASK_HOLD_MEETING), facilitator, VAR_SUBMISSION,
                new MeetingReport(true, null, present, "Compte rendu", "Plus d'éclairage", decisions, facilitator));
    }
}
