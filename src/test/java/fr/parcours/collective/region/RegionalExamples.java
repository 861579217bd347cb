package fr.parcours.collective.region;

import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_HOLD_MOBILISATION_MEETING;
import static fr.parcours.collective.process.DlaCollectiveProcess.TASK_RECORD_CENSUS;
import static fr.parcours.collective.process.DlaCollectiveProcess.VAR_SUBMISSION;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.CollectiveService;
import fr.parcours.collective.adultesrelais.AgreementScenario;
import fr.parcours.collective.CollectiveSteps;
import fr.parcours.collective.NewCollective;
import fr.parcours.collective.census.MobilisationMeeting;
import fr.parcours.collective.deliverables.Deliverables;
import fr.parcours.collective.deliverables.DeliverablesService;
import fr.parcours.collective.sessions.SessionReport;
import fr.parcours.collective.sessions.SessionTheme;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.collective.tracks.TrackOutcome;
import fr.parcours.collective.tracks.TrackReport;
import fr.parcours.collective.tracks.TrackService;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserAccounts;
import fr.parcours.identity.UserScope;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Collectives of a region no demo data uses, run through the real services, so that the regional view's numbers
 * can be checked against what the test wrote: coordinator, structures, drop-outs, sessions and deliverables.
 */
@Component
public class RegionalExamples {

    private final Scenario scenario;
    private final CollectiveService collectives;
    private final CollectiveSteps steps;
    private final TrackService tracks;
    private final DeliverablesService deliverables;
    private final Scopes scopes;
    private final UserAccounts accounts;
    private final AgreementScenario agreementScenario;

    RegionalExamples(Scenario scenario, CollectiveService collectives,
                     CollectiveSteps steps, TrackService tracks, DeliverablesService deliverables, Scopes scopes,
                     UserAccounts accounts, AgreementScenario agreementScenario) {
        this.agreementScenario = agreementScenario;
        this.scenario = scenario;
        this.collectives = collectives;
        this.steps = steps;
        this.tracks = tracks;
        this.deliverables = deliverables;
        this.scopes = scopes;
        this.accounts = accounts;
    }

    /** The coordinator of {@code regionCode}, created on first use. */
    public String coordinatorOf(String regionCode) {
        String id = "coord.test-" + regionCode;
        accounts.createIfMissing(id, "Coord", "Test " + regionCode, DemoUsers.PASSWORD, List.of(Groups.COORDINATORS),
                UserScope.region(id, regionCode));
        return id;
    }

    /** A collective of the region started on {@code start}, its {@code structures} participating from the meeting. */
    public Opened open(String regionCode, String title, LocalDate start, int structures) {
        String coordinator = coordinatorOf(regionCode);
        CollectiveAccompaniment collective = scenario.as(coordinator, () -> collectives.open(
                new NewCollective(title, regionCode, 6, start), coordinator, scopes.of(coordinator)));
        String pid = collective.getProcessInstanceId();
        scenario.complete(scenario.task(pid, TASK_RECORD_CENSUS), coordinator, VAR_SUBMISSION, CollectiveScenario.census(
                IntStream.range(0, structures).mapToObj(i -> scenario.newStructure("9" + regionCode, regionCode)
                        .getId()).toList(), "Projet de médiation", coordinator));
        List<Long> participations = collectives.participations(collective.getId()).stream()
                .map(Participation::getId).toList();
        scenario.complete(scenario.task(pid, TASK_HOLD_MOBILISATION_MEETING), coordinator, VAR_SUBMISSION,
                new MobilisationMeeting(CollectiveScenario.MEETING, participations, "Financements", coordinator));
        return new Opened(collective, participations, coordinator);
    }

    public void dropOut(Opened opened, long participationId) {
        tracks.recordNeeds(participationId, new TrackReport(null, TrackOutcome.DROPPED_OUT, "Fusion avec une autre "
                + "association", opened.coordinator()));
    }

    public void session(Opened opened, List<Long> present) {
        steps.recordSession(opened.collective().getId(), new SessionReport(CollectiveScenario.MEETING.plusDays(20),
                SessionTheme.FUNDING, "Séance financements", present, true, opened.coordinator()));
    }

    public void deliver(Opened opened, long participationId, Deliverables delivered) {
        deliverables.record(participationId, delivered, opened.coordinator());
        // Posts made permanent are counted from the adultes-relais agreements, not typed with the deliverables.
        agreementScenario.madePermanent(participationId, delivered.aidedContractsMadePermanent(), opened.coordinator());
    }

    /** A collective just opened, its participations and its region's coordinator. */
    public record Opened(CollectiveAccompaniment collective, List<Long> participations, String coordinator) {
    }
}
