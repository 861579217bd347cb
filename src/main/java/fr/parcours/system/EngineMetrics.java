package fr.parcours.system;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine's health in Micrometer, hence at {@code /actuator/prometheus}: open incidents, jobs whose retries
 * ran out, jobs due now (a growing number means the job executor falls behind), and Camunda's own counters of
 * jobs and process instances. Read from the shared database at each scrape, so every node reports the cluster's
 * figures for the gauges; the counters are the sums the nodes reported to the database.
 */
@Component
class EngineMetrics implements MeterBinder {

    /** Camunda's counters, reported by each node to ACT_RU_METER_LOG, under a Prometheus-friendly name. */
    private static final Map<String, String> COUNTERS = Map.of(
            Metrics.JOB_SUCCESSFUL, "parcours.engine.jobs.successful",
            Metrics.JOB_FAILED, "parcours.engine.jobs.failed",
            Metrics.JOB_ACQUISITION_ATTEMPT, "parcours.engine.jobs.acquisition.attempts",
            Metrics.JOB_ACQUIRED_SUCCESS, "parcours.engine.jobs.acquired",
            Metrics.ROOT_PROCESS_INSTANCE_START, "parcours.engine.process.instances.started",
            Metrics.ACTIVTY_INSTANCE_START, "parcours.engine.activity.instances.started");

    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    EngineMetrics(RuntimeService runtimeService, ManagementService managementService) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("parcours.engine.incidents.open", runtimeService, service -> service.createIncidentQuery().count())
                .description("Open incidents (failed jobs waiting for an administrator)").register(registry);
        Gauge.builder("parcours.engine.jobs.without.retries", managementService,
                        service -> service.createJobQuery().noRetriesLeft().count())
                .description("Jobs whose retries ran out").register(registry);
        Gauge.builder("parcours.engine.jobs.due", managementService,
                        service -> service.createJobQuery().executable().count())
                .description("Jobs due now and not yet done").register(registry);
        COUNTERS.forEach((camundaName, name) -> FunctionCounter.builder(name, managementService,
                        service -> service.createMetricsQuery().name(camundaName).sum())
                .description("Camunda metric " + camundaName + ", as reported to the database").register(registry));
    }
}
