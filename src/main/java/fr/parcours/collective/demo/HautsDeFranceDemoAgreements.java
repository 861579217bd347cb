package fr.parcours.collective.demo;

import static fr.parcours.collective.adultesrelais.process.AdulteRelaisProcess.TASK_PLAN_RENEWAL;

import fr.parcours.casework.CaseTasks;
import fr.parcours.collective.adultesrelais.AdulteRelaisAgreement;
import fr.parcours.collective.adultesrelais.AdultesRelaisAgreements;
import fr.parcours.collective.adultesrelais.NewAgreement;
import fr.parcours.collective.adultesrelais.RenewalOutcome;
import fr.parcours.collective.adultesrelais.RenewalPlan;
import fr.parcours.collective.tracks.Participation;
import fr.parcours.identity.EngineRights;
import fr.parcours.identity.Scopes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The demo's adultes-relais agreements: Médiation Lille Sud made one post permanent during the collective (so its
 * deliverables count it from the record), Roubaix's agreement ends within six months (its renewal task waits for the
 * coordinators and the Lille officer), and one further post is followed for next year.
 */
@Component
class HautsDeFranceDemoAgreements {

    private final AdultesRelaisAgreements agreements;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final CaseTasks completer;
    private final Scopes scopes;
    private final EngineRights engineRights;

    HautsDeFranceDemoAgreements(AdultesRelaisAgreements agreements, ManagementService managementService,
                                TaskService taskService, CaseTasks completer, Scopes scopes, EngineRights engineRights) {
        this.engineRights = engineRights;
        this.agreements = agreements;
        this.managementService = managementService;
        this.taskService = taskService;
        this.completer = completer;
        this.scopes = scopes;
    }

    void seed(List<Participation> participations, LocalDate start, LocalDate today, String coordinator) {
        long lilleSud = organisation(participations, "Médiation Lille Sud");
        long roubaix = organisation(participations, "Roubaix Médiation Sociale");
        AdulteRelaisAgreement permanent = record(lilleSud, "Lille Sud — Faubourg de Béthune",
                "Médiateur social (espace public)", start.minusYears(2), start.plusMonths(4), "20000.00", coordinator);
        remindNow(permanent);
        completer.complete(taskService.createTaskQuery().processInstanceId(permanent.getProcessInstanceId())
                .taskDefinitionKey(TASK_PLAN_RENEWAL).singleResult(), coordinator, new RenewalPlan(
                RenewalOutcome.MAKE_PERMANENT, start.plusDays(60), null, null, coordinator));
        record(lilleSud, "Lille Sud — Porte de Valenciennes", "Médiatrice en milieu scolaire", start.minusYears(1),
                today.plusYears(2), "20000.00", coordinator);
        remindNow(record(roubaix, "Roubaix — Alma-Gare", "Médiateur social (habitat)", start.minusYears(3),
                today.plusMonths(5), "19500.00", coordinator));
    }

    private AdulteRelaisAgreement record(long organisationId, String qpv, String jobTitle, LocalDate startDate,
                                         LocalDate endDate, String aid, String coordinator) {
        return agreements.record(new NewAgreement(organisationId, qpv, jobTitle, startDate, endDate,
                new BigDecimal(aid)), coordinator, scopes.of(coordinator));
    }

    /** The reminder date is already past: fire its timer now rather than wait for the job executor. */
    private void remindNow(AdulteRelaisAgreement agreement) {
        engineRights.withoutUserChecks(() -> {
            Job timer = managementService.createJobQuery().processInstanceId(agreement.getProcessInstanceId())
                    .timers().singleResult();
            managementService.executeJob(timer.getId());
            return null;
        });
    }

    private static long organisation(List<Participation> participations, String name) {
        return participations.stream().filter(p -> p.getOrganisation().getName().equals(name)).findFirst()
                .orElseThrow().getOrganisation().getId();
    }
}
