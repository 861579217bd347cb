package fr.parcours.council.indicators;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_FOLLOW_UP_ACTIONS;
import static fr.parcours.council.process.CouncilCycleProcess.TASK_HOLD_MEETING;
import static fr.parcours.council.process.CouncilCycleProcess.VAR_SUBMISSION;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.ActionFollowUp;
import fr.parcours.council.cycles.ActionStatus;
import fr.parcours.council.cycles.ActionUpdate;
import fr.parcours.council.cycles.CouncilAction;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.cycles.MeetingReport;
import fr.parcours.council.cycles.SupportNeeded;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Scenario;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Two councils' activity in 2017 for the cross-council indicators, one facilitator following both: the first
 * (3 residents F, M, F and a woman local actor) holds its meeting, decides two actions and does one with logistic
 * support; the second (2 residents) only mobilises, its meeting cancelled.
 */
@Component
public class NetworkScenario {

    public static final IndicatorPeriod YEAR_2017 = IndicatorPeriod.yearOf(CouncilScenario.MEETING);
    public static final LocalDate DONE_ON = CouncilScenario.MEETING.plusDays(7);

    private final CouncilScenario councilScenario;
    private final CouncilCycles cycles;
    private final Scenario scenario;

    NetworkScenario(CouncilScenario councilScenario, CouncilCycles cycles, Scenario scenario) {
        this.councilScenario = councilScenario;
        this.cycles = cycles;
        this.scenario = scenario;
    }

    public record Network(Council active, Council quiet, String facilitator) {
    }

    public Network twoCouncils() {
        Council active = councilScenario.parisCouncil(3, 1);
        Council quiet = councilScenario.parisCouncil(2, 0);
        String facilitator = councilScenario.facilitatorOf(active);
        councilScenario.assign(quiet.getId(), facilitator);

        CouncilCycle cycle = councilScenario.startCycle(active);
        councilScenario.toMeeting(cycle, facilitator);
        councilScenario.holdMeeting(cycle, facilitator, List.of("Nettoyer le square", "Écrire au bailleur"));
        List<CouncilAction> decided = cycles.decidedActions(cycle.getId());
        scenario.complete(scenario.task(cycle.getProcessInstanceId(), TASK_FOLLOW_UP_ACTIONS), facilitator,
                VAR_SUBMISSION, new ActionFollowUp(List.of(
                        new ActionUpdate(decided.get(0).getId(), "Commission cadre de vie", SupportNeeded.LOGISTIC,
                                ActionStatus.DONE, DONE_ON),
                        new ActionUpdate(decided.get(1).getId(), "Deux habitantes", SupportNeeded.ADMINISTRATIVE,
                                ActionStatus.IN_PROGRESS, null)), facilitator));

        CouncilCycle quietCycle = councilScenario.startCycle(quiet);
        councilScenario.toMeeting(quietCycle, facilitator);
        scenario.complete(scenario.task(quietCycle.getProcessInstanceId(),
                        TASK_HOLD_MEETING), facilitator, VAR_SUBMISSION,
                MeetingReport.cancelled("Salle indisponible", facilitator));
        return new Network(active, quiet, facilitator);
    }
}
