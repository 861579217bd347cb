package fr.parcours.collective.adultesrelais;

import static fr.parcours.collective.adultesrelais.process.AdulteRelaisProcess.TASK_PLAN_RENEWAL;
import static fr.parcours.casework.Submissions.VAR_SUBMISSION;

import fr.parcours.identity.Scopes;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Adultes-relais agreements for tests: recorded through the service, carried through their process. */
@Component
public class AgreementScenario {

    private final AdultesRelaisAgreements agreements;
    private final Scenario scenario;
    private final Scopes scopes;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    AgreementScenario(AdultesRelaisAgreements agreements, Scenario scenario, Scopes scopes,
                      ManagementService managementService, JdbcTemplate jdbc) {
        this.agreements = agreements;
        this.scenario = scenario;
        this.scopes = scopes;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** An agreement of the structure, recorded by {@code userId}, ending on {@code endDate}. */
    public AdulteRelaisAgreement record(long organisationId, LocalDate endDate, String userId) {
        return agreements.record(new NewAgreement(organisationId, "QPV test", "Médiateur social",
                endDate.minusYears(3), endDate, new BigDecimal("20000")), userId, scopes.of(userId));
    }

    /** Fires the agreement's reminder timer. */
    public void remind(AdulteRelaisAgreement agreement) {
        Job timer = managementService.createJobQuery().processInstanceId(agreement.getProcessInstanceId()).timers()
                .singleResult();
        managementService.executeJob(timer.getId());
    }

    /** {@code count} posts of a collective's structure made permanent today, each through its agreement's process. */
    public void madePermanent(long participationId, Integer count, String coordinator) {
        long organisationId = jdbc.queryForObject("select organisation_id from collective_participation where id = ?",
                Long.class, participationId);
        for (int i = 0; i < (count == null ? 0 : count); i++) {
            AdulteRelaisAgreement agreement = record(organisationId, LocalDate.now().plusMonths(2), coordinator);
            remind(agreement);
            scenario.complete(scenario.task(agreement.getProcessInstanceId(), TASK_PLAN_RENEWAL), coordinator,
                    VAR_SUBMISSION, new RenewalPlan(RenewalOutcome.MAKE_PERMANENT, LocalDate.now(), null, null,
                            coordinator));
        }
    }
}
