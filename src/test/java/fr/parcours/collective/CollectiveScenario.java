package fr.parcours.collective;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_PRESELECT_CONSULTANTS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECEIVE_PROPOSALS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_SCORE_PROPOSALS;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_VALIDATE_CHOICE;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_WRITE_SPECIFICATIONS;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;

import fr.parcours.collective.census.CensusEntry;
import fr.parcours.collective.census.CensusReport;
import fr.parcours.collective.census.MobilisationMeeting;
import fr.parcours.collective.selection.CollectiveCandidate;
import fr.parcours.collective.selection.CollectiveSelection;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.organisation.Organisation;
import fr.parcours.organisation.OrganisationKind;
import fr.parcours.organisation.OrganisationRepository;
import fr.parcours.selection.ChoiceValidation;
import fr.parcours.selection.Preselection;
import fr.parcours.selection.ProposalScore;
import fr.parcours.selection.ProposalScores;
import fr.parcours.selection.ReceivedProposals;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The Hauts-de-France example of docs/domain.md#collective-dla built through the real services, as the Lille coordinator:
 * six new mediation structures of region 32, a census, and the meeting of 19 October 2016.
 */
@Component
public class CollectiveScenario {

    public static final String COORDINATOR = DemoUsers.COORDINATOR_LILLE;
    public static final String OTHER_COORDINATOR = "lucie.test-paca";
    public static final LocalDate MEETING = LocalDate.of(2016, 10, 19);
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final Scenario scenario;
    private final CollectiveService collectives;
    private final Scopes scopes;
    private final UserAccounts accounts;
    private final OrganisationRepository organisations;
    private final CollectiveSelection selection;

    CollectiveScenario(Scenario scenario, CollectiveService collectives, Scopes scopes, UserAccounts accounts,
                       OrganisationRepository organisations, CollectiveSelection selection) {
        this.selection = selection;
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

    /** A collective past its census and meeting with one structure: tracks and cahier des charges are open. */
    public CollectiveAccompaniment mobilisedWithOneStructure() {
        CollectiveAccompaniment collective = openInHautsDeFrance();
        mobilise(collective, structures(1));
        return collective;
    }

    /** A coordinator of another region (93), to check that regions never see each other's collectives. */
    public String coordinatorOfProvence() {
        accounts.createIfMissing(OTHER_COORDINATOR, "Lucie", "Test", DemoUsers.PASSWORD, List.of(Groups.COORDINATORS),
                UserScope.region(OTHER_COORDINATOR, "93"));
        return OTHER_COORDINATOR;
    }

    /**
     * Census, meeting, cahier des charges and the whole consultant selection done ({@link #selectConsultant}):
     * the collective waits at its first session, held by the coordinators and France Médiation.
     */
    public List<Long> toFirstSession(CollectiveAccompaniment collective, int structures) {
        List<Long> participations = mobilise(collective, structures(structures));
        writeSpecifications(collective);
        selectConsultant(collective);
        return participations;
    }

    public void writeSpecifications(CollectiveAccompaniment collective) {
        scenario.complete(scenario.task(collective.getProcessInstanceId(), TASK_WRITE_SPECIFICATIONS), COORDINATOR,
                VAR_SUBMISSION, new StepNote("Actions concrètes et pistes de financement", COORDINATOR));
    }

    /**
     * The four selection steps from the preselection on: France Médiation and two new firms preselected, the last
     * one sends no proposal, France Médiation scores best and is chosen. Returns France Médiation's id.
     */
    public long selectConsultant(CollectiveAccompaniment collective) {
        return selectConsultant(collective, COORDINATOR);
    }

    /** The same selection, by a coordinator of the collective's own region (for collectives outside region 32). */
    public long selectConsultant(CollectiveAccompaniment collective, String coordinator) {
        CollectiveCandidate chosen = toChoice(collective, coordinator);
        scenario.complete(scenario.task(collective.getProcessInstanceId(), TASK_VALIDATE_CHOICE), coordinator,
                VAR_SUBMISSION, new ChoiceValidation(chosen.getId(),
                        "Comité de pilotage MRA, CRESS et Nord Actif : référentiel CITER", LocalDate.now(), coordinator));
        return chosen.getOrganisation().getId();
    }

    /** The selection up to the validation of the choice (France Médiation's proposal: 18 000 €); its candidacy. */
    public CollectiveCandidate toChoice(CollectiveAccompaniment collective, String coordinator) {
        String pid = collective.getProcessInstanceId();
        long franceMediation = franceMediation().getId();
        List<Long> firms = List.of(franceMediation, newConsultant().getId(), newConsultant().getId());
        scenario.complete(scenario.task(pid, TASK_PRESELECT_CONSULTANTS), coordinator, VAR_SUBMISSION,
                new Preselection(firms, coordinator));
        List<CollectiveCandidate> candidates = selection.candidatesOf(collective.getId());
        scenario.complete(scenario.task(pid, TASK_RECEIVE_PROPOSALS), coordinator, VAR_SUBMISSION,
                new ReceivedProposals(candidates.stream().map(candidate -> firms.get(2).equals(candidate
                        .getOrganisation().getId())
                        ? new ReceivedProposals.Proposal(candidate.getId(), false, null, null, null)
                        : new ReceivedProposals.Proposal(candidate.getId(), true, LocalDate.now(),
                                new BigDecimal("18000.00"), new BigDecimal("24"))).toList(), coordinator));
        List<CollectiveCandidate> received = selection.candidatesOf(collective.getId()).stream()
                .filter(CollectiveCandidate::hasProposal).toList();
        scenario.complete(scenario.task(pid, TASK_SCORE_PROPOSALS), coordinator, VAR_SUBMISSION,
                new ProposalScores(received.stream().map(candidate -> candidate.getOrganisation().getId()
                        == franceMediation ? new ProposalScore(candidate.getId(), 18, 17, 13, 12)
                        : new ProposalScore(candidate.getId(), 12, 11, 10, 13)).toList(), coordinator));
        return received.stream()
                .filter(candidate -> candidate.getOrganisation().getId() == franceMediation).findFirst().orElseThrow();
    }

    public Organisation franceMediation() {
        return organisations.findByName("France Médiation").orElseThrow();
    }

    /** A new consultant firm (the demo data has only France Médiation). */
    public Organisation newConsultant() {
        return scenario.inPool(organisations.save(new Organisation("Cabinet collectif " + SEQUENCE.incrementAndGet(),
                null, "SARL", OrganisationKind.CONSULTANT, "Lille", "59", "32")), "32");
    }

    /** A user of a new consultant firm, never chosen for any collective. */
    public String consultantOfAnotherFirm() {
        Organisation firm = newConsultant();
        String userId = "collective.firm." + firm.getId();
        accounts.createIfMissing(userId, "Test", "Concurrent", DemoUsers.PASSWORD, List.of(Groups.CONSULTANTS),
                UserScope.organisation(userId, firm.getId()));
        return userId;
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
