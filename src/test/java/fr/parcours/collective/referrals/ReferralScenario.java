package fr.parcours.collective.referrals;

import static fr.parcours.dla.process.DlaIndividualProcess.TASK_ASSESS_THEMES;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_DRAFT_PLAN;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_HOLD_INTERVIEW;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_RECORD_COMMITTEE_OPINION;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_REVIEW_REQUEST;
import static fr.parcours.dla.process.DlaIndividualProcess.TASK_VALIDATE_DIAGNOSTIC;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.IntakeDecision;
import fr.parcours.dla.IntakeOutcome;
import fr.parcours.dla.diagnostic.InterviewReport;
import fr.parcours.dla.diagnostic.LeadersValidation;
import fr.parcours.dla.diagnostic.Theme;
import fr.parcours.dla.diagnostic.ThemeAssessmentSheet;
import fr.parcours.dla.plan.CommitteeOpinionReport;
import fr.parcours.dla.plan.PlanDraft;
import fr.parcours.dla.plan.Treatment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.DlaJourney;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A structure of the Nord whose individual DLA (the Lille officer's) keeps a collective-ingénierie axis, and a
 * running Hauts-de-France collective it can join: the entry of docs/domain.md#entry-from-an-individual-dla, through the real services.
 */
@Component
public class ReferralScenario {

    public static final String OFFICER = DemoUsers.OFFICER_LILLE;
    public static final String AXIS = "Pérenniser les postes d'adultes-relais";

    private final Scenario scenario;
    private final DlaJourney journey;
    private final AccompanimentService accompaniments;
    private final Scopes scopes;
    private final CollectiveScenario collectiveScenario;
    private final CollectiveReferralRepository referrals;

    ReferralScenario(Scenario scenario, DlaJourney journey, AccompanimentService accompaniments, Scopes scopes,
                     CollectiveScenario collectiveScenario, CollectiveReferralRepository referrals) {
        this.scenario = scenario;
        this.journey = journey;
        this.accompaniments = accompaniments;
        this.scopes = scopes;
        this.collectiveScenario = collectiveScenario;
        this.referrals = referrals;
    }

    /** A new Nord structure's accompaniment, its plan (an internal axis and a collective one) waiting for the comité. */
    public Accompaniment planWithCollectiveAxis() {
        Organisation structure = scenario.newStructure("59", "32");
        Accompaniment accompaniment = scenario.as(OFFICER, () -> accompaniments.open(structure.getId(),
                "Emplois aidés à pérenniser", OFFICER, scopes.of(OFFICER)));
        String pid = accompaniment.getProcessInstanceId();
        LocalDate today = LocalDate.now();
        journey.complete(pid, TASK_REVIEW_REQUEST, OFFICER,
                new IntakeDecision(IntakeOutcome.ACCEPTED_FOR_DIAGNOSTIC, null, null, OFFICER));
        journey.complete(pid, TASK_HOLD_INTERVIEW, OFFICER,
                new InterviewReport(today, "Présidente, coordinatrice", "Entretien avec les dirigeants", false, OFFICER));
        journey.complete(pid, TASK_ASSESS_THEMES, OFFICER, new ThemeAssessmentSheet(Arrays.stream(Theme.values())
                .map(theme -> new ThemeAssessmentSheet.Entry(theme, "Équipe engagée", "Emplois fragiles", 2)).toList(),
                OFFICER));
        journey.complete(pid, TASK_VALIDATE_DIAGNOSTIC, OFFICER,
                new LeadersValidation(today, "Présidente", "Conclusions partagées", OFFICER));
        journey.complete(pid, TASK_DRAFT_PLAN, OFFICER, new PlanDraft(List.of(
                new PlanDraft.AxisDraft("Gouvernance", "Renouveler le bureau", Treatment.INTERNAL_ACTION),
                new PlanDraft.AxisDraft(AXIS, "Avec les autres structures de médiation de la région",
                        Treatment.COLLECTIVE_ENGINEERING)), OFFICER));
        return accompaniment;
    }

    /** The comité's opinion on the current plan: kept, or sent back to the officer. */
    public void committee(Accompaniment accompaniment, boolean amendPlan) {
        journey.complete(accompaniment.getProcessInstanceId(), TASK_RECORD_COMMITTEE_OPINION, OFFICER,
                new CommitteeOpinionReport(LocalDate.now(), "DDETS, Région, CRESS", "Avis favorable",
                        "Rejoindre le collectif régional", amendPlan, OFFICER));
    }

    /** A structure referred to the Hauts-de-France collectives, waiting for the coordinators' decision. */
    public CollectiveReferral referred() {
        Accompaniment accompaniment = planWithCollectiveAxis();
        committee(accompaniment, false);
        return of(accompaniment).get(0);
    }

    public List<CollectiveReferral> of(Accompaniment accompaniment) {
        return referrals.findByAccompanimentIdOrderById(accompaniment.getId());
    }

    /** A Hauts-de-France collective past its mobilisation meeting (two structures): its tracks run. */
    public CollectiveAccompaniment runningCollective() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        collectiveScenario.mobilise(collective, collectiveScenario.structures(2));
        return collective;
    }
}
