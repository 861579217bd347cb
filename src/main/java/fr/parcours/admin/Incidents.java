package fr.parcours.admin;

import fr.parcours.audit.CaseEvent;
import fr.parcours.tasklist.CaseDirectory;
import fr.parcours.tasklist.CaseRef;
import fr.parcours.tasklist.CaseSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What went wrong in the engine and waits for a person: failed jobs (a delegate that threw, a mail server down…)
 * whose retries ran out, each with its error and its case, and the retry an administrator gives once the cause
 * is fixed. Engine calls run as the administrator, who holds every engine right.
 */
@Service
public class Incidents {

    /** How the administration page shows one incident. */
    public record OpenIncident(String id, String type, Instant at, String processKey, String activityId,
                               String message, String jobId, CaseSummary caseSummary) {

        public boolean retryable() {
            return Incident.FAILED_JOB_HANDLER_TYPE.equals(type) && jobId != null;
        }
    }

    static final String INCIDENT_RETRIED = "incident-retried";
    /** Audit case type of an incident outside any case of the app (e.g. a process started by hand in Cockpit). */
    static final String ENGINE = "ENGINE";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final List<CaseDirectory> directories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Incidents(RuntimeService runtimeService, ManagementService managementService, RepositoryService repositoryService,
              List<CaseDirectory> directories, ApplicationEventPublisher events, Clock clock) {
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.directories = directories;
        this.events = events;
        this.clock = clock;
    }

    /** Open incidents, newest first, at most {@code limit}. */
    public List<OpenIncident> open(int limit) {
        return views(runtimeService.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, limit));
    }

    public Optional<OpenIncident> find(String incidentId) {
        return views(runtimeService.createIncidentQuery().incidentId(incidentId).list()).stream().findFirst();
    }

    private List<OpenIncident> views(List<Incident> incidents) {
        Set<String> instances = incidents.stream().map(Incident::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, CaseSummary> cases = new HashMap<>();
        if (!instances.isEmpty()) {
            directories.forEach(directory -> cases.putAll(directory.describe(instances)));
        }
        Map<String, String> keys = processKeys(incidents);
        return incidents.stream().map(incident -> new OpenIncident(incident.getId(), incident.getIncidentType(),
                incident.getIncidentTimestamp().toInstant(), keys.get(incident.getProcessDefinitionId()),
                incident.getActivityId(), incident.getIncidentMessage(), jobIdOf(incident),
                cases.get(incident.getProcessInstanceId()))).toList();
    }

    public long count() {
        return runtimeService.createIncidentQuery().count();
    }

    /** The failure's stack trace, for the administrator who looks into the cause. */
    public Optional<String> stackTrace(String incidentId) {
        Incident incident = runtimeService.createIncidentQuery().incidentId(incidentId).singleResult();
        String jobId = incident == null ? null : jobIdOf(incident);
        return jobId == null ? Optional.empty() : Optional.ofNullable(managementService.getJobExceptionStacktrace(jobId));
    }

    /**
     * Gives a failed job one more try: the job executor runs it again soon, and the incident closes if it
     * succeeds. False when the incident is gone meanwhile or is not a failed job.
     */
    @Transactional
    public boolean retry(String incidentId, String administrator) {
        Incident incident = runtimeService.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null || jobIdOf(incident) == null
                || !Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
            return false;
        }
        managementService.setJobRetries(jobIdOf(incident), 1);
        CaseRef ref = incident.getProcessInstanceId() == null ? null : directories.stream()
                .map(directory -> directory.caseOf(incident.getProcessInstanceId())).flatMap(Optional::stream)
                .findFirst().orElse(null);
        events.publishEvent(new CaseEvent(ref == null ? ENGINE : ref.caseType(), ref == null ? 0 : ref.caseId(),
                INCIDENT_RETRIED, administrator, clock.instant(), incident.getActivityId()));
        return true;
    }

    private static String jobIdOf(Incident incident) {
        return Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType()) ? incident.getConfiguration() : null;
    }

    private Map<String, String> processKeys(List<Incident> incidents) {
        String[] ids = incidents.stream().map(Incident::getProcessDefinitionId).filter(id -> id != null).distinct()
                .toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(ids).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
    }
}
