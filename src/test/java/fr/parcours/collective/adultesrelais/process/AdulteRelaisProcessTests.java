package fr.parcours.collective.adultesrelais.process;

import static fr.parcours.casework.Submissions.VAR_SUBMISSION;
import static fr.parcours.collective.adultesrelais.process.AdulteRelaisProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import fr.parcours.collective.CollectiveAccompaniment;
import fr.parcours.collective.CollectiveScenario;
import fr.parcours.collective.adultesrelais.AdulteRelaisAgreement;
import fr.parcours.collective.adultesrelais.AgreementScenario;
import fr.parcours.collective.adultesrelais.AgreementStatus;
import fr.parcours.collective.adultesrelais.RenewalOutcome;
import fr.parcours.collective.adultesrelais.RenewalPlan;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Groups;
import fr.parcours.organisation.Organisation;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/** {@code adulte-relais-agreement}: the task appears six months before the end; renewed, made permanent, ended. */
@ParcoursIntegrationTest
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class AdulteRelaisProcessTests {

    private static final String OFFICER = DemoUsers.OFFICER_NICE;

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Scenario scenario;
    @Autowired
    AgreementScenario agreements;
    @Autowired
    CollectiveScenario collectiveScenario;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
    }

    @Test
    void shouldGiveTheOfficersATaskSixMonthsBeforeTheEndThenMakeThePostPermanent() {
        LocalDate end = LocalDate.now().plusYears(2);
        AdulteRelaisAgreement agreement = agreements.record(structureInNice().getId(), end, OFFICER);
        ProcessInstance instance = instance(agreement);

        assertThat(instance).isWaitingAt(TIMER_SIX_MONTHS_BEFORE_END);
        Job timer = timer(instance);
        assertThat(timer.getDuedate()).isEqualTo(startOf(end.minusMonths(6)));
        // Not due a minute before the day six months ahead of the end, due a minute after it starts.
        assertThat(dueBefore(instance, startOf(end.minusMonths(6)))).isZero();
        assertThat(dueBefore(instance, new Date(startOf(end.minusMonths(6)).getTime() + 60_000))).isEqualTo(1);
        assertThat(instance).task().isNull();

        managementService.executeJob(timer.getId());
        assertThat(instance).isWaitingAt(TASK_PLAN_RENEWAL);
        assertThat(task(instance)).hasCandidateGroup(Groups.dlaOfficersOf("06"));
        assertThat(task(instance).getDueDate()).isNotNull().isBefore(startOf(end));
        plan(instance, new RenewalPlan(RenewalOutcome.MAKE_PERMANENT, LocalDate.now(), null, null, OFFICER));

        assertThat(instance).hasPassedInOrder(START, TIMER_SIX_MONTHS_BEFORE_END, TASK_PLAN_RENEWAL,
                TASK_RECORD_RENEWAL_PLAN, GATEWAY_OUTCOME, END_MADE_PERMANENT).isEnded();
        assertThat(status(agreement)).isEqualTo(AgreementStatus.MADE_PERMANENT.name());
        assertThat(audited(agreement)).containsExactly("adulte-relais-agreement-recorded", "adulte-relais-make-permanent");
    }

    @Test
    void shouldRenewThenWatchTheNewEnd() {
        LocalDate end = LocalDate.now().plusMonths(3);
        AdulteRelaisAgreement agreement = agreements.record(structureInNice().getId(), end, OFFICER);
        ProcessInstance instance = instance(agreement);
        managementService.executeJob(timer(instance).getId());
        LocalDate newEnd = end.plusYears(3);

        plan(instance, new RenewalPlan(RenewalOutcome.RENEW, LocalDate.now(), newEnd, new BigDecimal("21000.50"),
                OFFICER));

        assertThat(instance).isWaitingAt(TIMER_SIX_MONTHS_BEFORE_END);
        assertThat(timer(instance).getDuedate()).isEqualTo(startOf(newEnd.minusMonths(6)));
        assertThat(jdbc.queryForMap("select status, renewals, end_date, state_aid from adulte_relais_agreement"
                + " where id = ?", agreement.getId()))
                .containsEntry("status", "RENEWED").containsEntry("renewals", 1)
                .containsEntry("end_date", java.sql.Date.valueOf(newEnd))
                .containsEntry("state_aid", new BigDecimal("21000.50"));
        managementService.executeJob(timer(instance).getId());
        plan(instance, new RenewalPlan(RenewalOutcome.END, LocalDate.now(), null, null, OFFICER));
        assertThat(instance).hasPassed(END_ENDED).isEnded();
        assertThat(status(agreement)).isEqualTo(AgreementStatus.ENDED.name());
    }

    @Test
    void shouldEndAndGiveTheTaskToTheCoordinatorsOfACollectiveTheStructureTakesPartIn() {
        CollectiveAccompaniment collective = collectiveScenario.openInHautsDeFrance();
        long participation = collectiveScenario.toFirstSession(collective, 1).get(0);
        long organisationId = jdbc.queryForObject("select organisation_id from collective_participation where id = ?",
                Long.class, participation);
        AdulteRelaisAgreement agreement = agreements.record(organisationId, LocalDate.now().plusMonths(1),
                CollectiveScenario.COORDINATOR);
        ProcessInstance instance = instance(agreement);
        managementService.executeJob(timer(instance).getId());

        assertThat(task(instance)).hasCandidateGroup(Groups.coordinatorsOf("32"));
        plan(instance, new RenewalPlan(RenewalOutcome.END, LocalDate.now(), null, null, CollectiveScenario.COORDINATOR));

        assertThat(instance).hasPassedInOrder(TASK_PLAN_RENEWAL, TASK_RECORD_RENEWAL_PLAN, GATEWAY_OUTCOME, END_ENDED)
                .isEnded();
        assertThat(instance).hasNotPassed(END_MADE_PERMANENT);
    }

    private Organisation structureInNice() {
        return scenario.newStructure("06", "93");
    }

    private ProcessInstance instance(AdulteRelaisAgreement agreement) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(agreement.getProcessInstanceId())
                .singleResult();
    }

    private Job timer(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private long dueBefore(ProcessInstance instance, Date date) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().duedateLowerThan(date)
                .count();
    }

    private void plan(ProcessInstance instance, RenewalPlan plan) {
        scenario.complete(scenario.task(instance.getId(), TASK_PLAN_RENEWAL), plan.decidedBy(), VAR_SUBMISSION, plan);
    }

    private String status(AdulteRelaisAgreement agreement) {
        return jdbc.queryForObject("select status from adulte_relais_agreement where id = ?", String.class,
                agreement.getId());
    }

    private List<String> audited(AdulteRelaisAgreement agreement) {
        return jdbc.queryForList("select action from audit_record where case_type = ? and case_id = ? order by seq",
                String.class, AdulteRelaisAgreement.CASE_TYPE, agreement.getId());
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
