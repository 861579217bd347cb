package fr.parcours.collective;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_SELECT_CONSULTANT;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_WRITE_SPECIFICATIONS;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;

import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The Hauts-de-France example of DOMAIN.md §2 built through the real services, as the Lille coordinator:
 * six new mediation structures of region 32, a census, and the meeting of 19 October 2016.
 */
@Component
public class CollectiveScenario {

    public static final String COORDINATOR = DemoUsers.COORDINATOR_LILLE;
    public static final String OTHER_COORDINATOR = "lucie.test-paca";
    public static final LocalDate MEETING = LocalDate.of(2016, 10, 19);

    private final Scenario scenario;
    private final CollectiveService collectives;
    private final Scopes scopes;
    private final UserAccounts accounts;
    private final OrganisationRepository organisations;

    CollectiveScenario(Scenario scenario, CollectiveService collectives, Scopes scopes, UserAccounts accounts,
                       OrganisationRepository organisations) {
        this.scenario = scenario;
        this.collectives = collectives;
        this.scopes = scopes;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** A new collective of region 32 starting today, waiting at the census. */
    public CollectiveAccompaniment openInHautsDeFrance() {
        return scenario.as(COORDINATOR, () -> collectives.open(new NewCollective(
                "DLA collectif médiation sociale (MRA, CRESS, Nord Actif)", "32", 6, LocalDate.now()),
                COORDINATOR, scopes.of(COORDINATOR)));
    }

    /** A coordinator of another region (93), to check that regions never see each other's collectives. */
    public String coordinatorOfProvence() {
        accounts.createIfMissing(OTHER_COORDINATOR, "Lucie", "Test", DemoUsers.PASSWORD, List.of(Groups.COORDINATORS),
                UserScope.region(OTHER_COORDINATOR, "93"));
        return OTHER_COORDINATOR;
    }

    /** Census, meeting, cahier des charges and consultant done: the collective waits at its first session. */
    public List<Long> toFirstSession(CollectiveAccompaniment collective, int structures) {
        List<Long> participations = mobilise(collective, structures(structures));
        String pid = collective.getProcessInstanceId();
        scenario.complete(scenario.task(pid, TASK_WRITE_SPECIFICATIONS), COORDINATOR, VAR_SUBMISSION,
                new StepNote("Actions concrètes et pistes de financement", COORDINATOR));
        scenario.complete(scenario.task(pid, TASK_SELECT_CONSULTANT), COORDINATOR, VAR_SUBMISSION,
                new SelectedConsultant(organisations.findByName("France Médiation").orElseThrow().getId(),
                        "Référentiel CITER", COORDINATOR));
        return participations;
    }

    /** A census listing these structures, each with a mediation project, 2 adultes-relais agreements and 6 employees. */
    public static CensusReport census(List<Long> organisationIds, String criteria, String recordedBy) {
        return new CensusReport(organisationIds.stream().map(id -> new CensusEntry(id, true, 2, 6)).toList(),
                criteria, recordedBy);
    }

    /** {@code count} new structures of the Nord (59, region 32). */
    public List<Organisation> structures(int count) {
        return IntStream.range(0, count).mapToObj(i -> scenario.newStructure("59", "32")).toList();
    }

    /** Census of the given structures, then the meeting where all of them are present; returns participation ids. */
    public List<Long> mobilise(CollectiveAccompaniment collective, List<Organisation> structures) {
        String pid = collective.getProcessInstanceId();
        scenario.complete(scenario.task(pid, TASK_RECORD_CENSUS), COORDINATOR, VAR_SUBMISSION, census(
                structures.stream().map(Organisation::getId).toList(),
                "Projet de médiation et postes adultes-relais", COORDINATOR));
        List<Long> invited = new ArrayList<>(collectives.participations(collective.getId()).stream()
                .map(Participation::getId).toList());
        scenario.complete(scenario.task(pid, TASK_HOLD_MOBILISATION_MEETING), COORDINATOR, VAR_SUBMISSION,
                new MobilisationMeeting(MEETING, invited,
                        "Pérenniser les emplois aidés ; méthode de projet et évaluation ; financements ; RH",
                        COORDINATOR));
        return invited;
    }
}
