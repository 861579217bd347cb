package fr.parcours.council.demo;

import static fr.parcours.council.process.CouncilCycleProcess.TASK_FOLLOW_UP_ACTIONS;
import static fr.parcours.council.process.CouncilCycleProcess.TASK_HOLD_MEETING;
import static fr.parcours.council.process.CouncilCycleProcess.TASK_PREPARE_MEETING;
import static fr.parcours.council.process.CouncilCycleProcess.TASK_RECORD_MOBILISATION;
import static fr.parcours.council.process.CouncilCycleProcess.TASK_WRITE_CYCLE_REPORT;

import fr.parcours.council.cycles.ActionFollowUp;
import fr.parcours.council.cycles.ActionStatus;
import fr.parcours.council.cycles.ActionUpdate;
import fr.parcours.council.cycles.CouncilAction;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.CouncilCycles;
import fr.parcours.council.cycles.CycleReport;
import fr.parcours.council.cycles.MeetingPreparation;
import fr.parcours.council.cycles.MeetingReport;
import fr.parcours.council.cycles.MobilisationKind;
import fr.parcours.council.cycles.MobilisationReport;
import fr.parcours.council.cycles.SupportNeeded;
import fr.parcours.council.demo.Backdating.CycleDays;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.CouncilMembers;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Three animation cycles of the demo council: the first two carried to their report (two meetings held, five
 * actions decided and followed up), the current one started a week ago, its mobilisation done, waiting for the
 * facilitator to prepare the meeting with the council.
 */
@Component
class DemoCycles {

    /** The meetings held, first cycle's first: interpellations refer to the one that decided them. */
    record HeldMeetings(long first, long second) {
    }

    private final CouncilCycles cycles;
    private final CouncilMembers members;
    private final CycleSteps steps;
    private final Backdating backdating;

    DemoCycles(CouncilCycles cycles, CouncilMembers members, CycleSteps steps, Backdating backdating) {
        this.cycles = cycles;
        this.members = members;
        this.steps = steps;
        this.backdating = backdating;
    }

    HeldMeetings run(long councilId, String facilitator, LifeCalendar days) {
        CouncilCycle first = cycles.startFirst(councilId, facilitator);
        long firstMeeting = firstCycle(first, facilitator, days);
        CouncilCycle second = steps.next(first);
        long secondMeeting = secondCycle(second, facilitator, days);
        currentCycle(steps.next(second), facilitator, days);
        return new HeldMeetings(firstMeeting, secondMeeting);
    }

    private long firstCycle(CouncilCycle cycle, String facilitator, LifeCalendar days) {
        mobilise(cycle, facilitator, new MobilisationReport(MobilisationKind.DOOR_TO_DOOR, days.daysAgo(136), 45, 1,
                true, facilitator), "3");
        mobilise(cycle, facilitator, new MobilisationReport(MobilisationKind.STAND, days.daysAgo(131), 70, 2, false,
                facilitator), "4");
        steps.complete(cycle, TASK_PREPARE_MEETING, facilitator, new MeetingPreparation(days.daysAgo(120),
                "Retour sur le porte-à-porte ; éclairage et sécurité rue Marx-Dormoy ; fête de quartier de la Chapelle",
                true, "Maison des associations du 18e, salle 2", facilitator), "2.5");
        steps.complete(cycle, TASK_HOLD_MEETING, facilitator, new MeetingReport(true, null,
                present(cycle, i -> i % 3 != 2), "Le conseil a entendu les retours du porte-à-porte : l'éclairage"
                        + " et la propreté reviennent chez la plupart des habitants rencontrés.",
                "Des rues mieux éclairées le soir ; plus de moments conviviaux entre voisins.",
                List.of("Organiser une marche exploratoire de nuit avec les habitantes",
                        "Interpeller la mairie du 18e sur l'éclairage de la rue Marx-Dormoy",
                        "Tenir un stand du conseil à la fête de quartier de la Chapelle"), facilitator), "3");
        List<CouncilAction> decided = cycles.decidedActions(cycle.getId());
        steps.complete(cycle, TASK_FOLLOW_UP_ACTIONS, facilitator, new ActionFollowUp(List.of(
                new ActionUpdate(decided.get(0).getId(), "Groupe des habitantes", SupportNeeded.LOGISTIC,
                        ActionStatus.DONE, days.daysAgo(108)),
                new ActionUpdate(decided.get(1).getId(), "Bureau du conseil", SupportNeeded.ADMINISTRATIVE,
                        ActionStatus.DONE, days.daysAgo(112)),
                new ActionUpdate(decided.get(2).getId(), "Régie de quartier", SupportNeeded.LOGISTIC,
                        ActionStatus.DROPPED, null)), facilitator), "2");
        steps.complete(cycle, TASK_WRITE_CYCLE_REPORT, facilitator, new CycleReport("Deux actions de mobilisation,"
                + " 115 habitants rencontrés, trois nouveaux membres. Le conseil a tenu sa réunion et décidé trois"
                + " actions : la marche exploratoire a eu lieu, la mairie a été interpellée ; le stand est abandonné,"
                + " la fête de quartier ayant été annulée.", facilitator), "1.5");
        backdating.cycle(cycle.getId(), new CycleDays(days.daysAgo(140), days.daysAgo(127), days.daysAgo(105),
                days.daysAgo(102)));
        return heldMeeting(cycle);
    }

    private long secondCycle(CouncilCycle cycle, String facilitator, LifeCalendar days) {
        mobilise(cycle, facilitator, new MobilisationReport(MobilisationKind.EVENT, days.daysAgo(68), 120, 3, true,
                facilitator), "5");
        mobilise(cycle, facilitator, new MobilisationReport(MobilisationKind.DOOR_TO_DOOR, days.daysAgo(63), 35, 1,
                false, facilitator), "3");
        steps.complete(cycle, TASK_PREPARE_MEETING, facilitator, new MeetingPreparation(days.daysAgo(50),
                "Propreté des halls avec Paris Habitat ; place des jeunes dans le conseil ; compte rendu du comité de"
                        + " pilotage", true, "Centre social Belleville", facilitator), "2");
        steps.complete(cycle, TASK_HOLD_MEETING, facilitator, new MeetingReport(true, null,
                present(cycle, i -> i % 4 != 3), "Les membres qui ont siégé au comité de pilotage en ont rendu"
                        + " compte ; les locataires présents ont décrit l'état des halls.",
                "Des halls propres et des interlocuteurs chez le bailleur ; des activités pour les 15-20 ans.",
                List.of("Préparer avec Paris Habitat une réunion des locataires sur la propreté des halls",
                        "Créer un groupe de travail jeunesse avec le club de prévention"), facilitator), "3");
        List<CouncilAction> decided = cycles.decidedActions(cycle.getId());
        steps.complete(cycle, TASK_FOLLOW_UP_ACTIONS, facilitator, new ActionFollowUp(List.of(
                new ActionUpdate(decided.get(0).getId(), "Amicale des locataires", SupportNeeded.ADMINISTRATIVE,
                        ActionStatus.IN_PROGRESS, null),
                new ActionUpdate(decided.get(1).getId(), "Club de prévention Nord", SupportNeeded.NONE,
                        ActionStatus.DONE, days.daysAgo(41))), facilitator), "2.5");
        steps.complete(cycle, TASK_WRITE_CYCLE_REPORT, facilitator, new CycleReport("La fête des voisins et un"
                + " porte-à-porte ont touché 155 habitants. Le groupe jeunesse s'est réuni ; la réunion des locataires"
                + " attend la réponse de Paris Habitat, que le conseil a interpellé.", facilitator), "1");
        backdating.cycle(cycle.getId(), new CycleDays(days.daysAgo(72), days.daysAgo(58), days.daysAgo(38),
                days.daysAgo(37)));
        return heldMeeting(cycle);
    }

    /** Left open so the facilitator's task list has the next step: preparing the meeting with the council. */
    private void currentCycle(CouncilCycle cycle, String facilitator, LifeCalendar days) {
        mobilise(cycle, facilitator, new MobilisationReport(MobilisationKind.STAND, days.daysAgo(3), 50, 2, false,
                facilitator), "3.5");
        backdating.cycle(cycle.getId(), new CycleDays(days.daysAgo(7), null, null, null));
    }

    private void mobilise(CouncilCycle cycle, String facilitator, MobilisationReport report, String hours) {
        steps.complete(cycle, TASK_RECORD_MOBILISATION, facilitator, report, hours);
    }

    /** The active members whose rank (by college, then name) passes {@code attends}: a realistic, repeatable turnout. */
    private List<Long> present(CouncilCycle cycle, IntPredicate attends) {
        List<CouncilMember> active = members.activeMembers(cycle.getCouncilId());
        return IntStream.range(0, active.size()).filter(attends).mapToObj(i -> active.get(i).getId()).toList();
    }

    private long heldMeeting(CouncilCycle cycle) {
        return cycles.decidedActions(cycle.getId()).get(0).getMeetingId();
    }
}
