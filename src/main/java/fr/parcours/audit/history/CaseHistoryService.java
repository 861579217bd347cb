package fr.parcours.audit.history;

import fr.parcours.audit.AuditTrail;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.identity.UserScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads a case's history for auditors. The app checks the reader's scope on the case first (404
 * outside it); the engine queries then run as the logged-in auditor, whose READ_HISTORY on every
 * process definition (EngineAuthorizationSetup) lets Camunda's own checks pass without any bypass.
 */
@Service
public class CaseHistoryService {

    private static final Set<String> NOT_STEPS = Set.of("multiInstanceBody", "exclusiveGateway",
            "parallelGateway", "inclusiveGateway", "eventBasedGateway");
    private static final String MULTI_INSTANCE_SUFFIX = "#multiInstanceBody";

    private final JdbcTemplate jdbc;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final AuditTrail auditTrail;
    private final VariableChanges variableChanges;

    CaseHistoryService(JdbcTemplate jdbc, HistoryService historyService, RepositoryService repositoryService,
                       AuditTrail auditTrail, VariableChanges variableChanges) {
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.auditTrail = auditTrail;
        this.variableChanges = variableChanges;
    }

    /** The case if the reader's scope covers it; otherwise 404, as if it did not exist. */
    public CaseHeader visibleCase(CaseKind kind, long caseId, UserScope scope) {
        return jdbc.query(kind.headerQuery(),
                        (rs, row) -> new CaseHeader(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                                kind),
                        caseId).stream()
                .filter(found -> scope.getOrganisationId() == null
                        && scope.covers(found.regionCode(), found.departmentCode()))
                .findFirst()
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    public CaseHistory history(CaseKind kind, long caseId, UserScope scope) {
        CaseHeader header = visibleCase(kind, caseId, scope);
        return new CaseHistory(header, steps(header.processInstanceId()),
                auditTrail.timeline(kind.getCaseType(), caseId),
                variableChanges.of(header.processInstanceId()));
    }

    public DiagramData diagramData(CaseKind kind, long caseId, UserScope scope) {
        List<HistoricActivityInstance> activities = activities(visibleCase(kind, caseId, scope).processInstanceId());
        Set<String> completed = new LinkedHashSet<>();
        Set<String> active = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : activities) {
            // A multi-instance body is drawn as its inner activity.
            String elementId = activity.getActivityId().replace(MULTI_INSTANCE_SUFFIX, "");
            (activity.getEndTime() == null ? active : completed).add(elementId);
        }
        return new DiagramData(new ArrayList<>(completed), new ArrayList<>(active));
    }

    /** The BPMN XML of the process version this case ran on. */
    public byte[] diagramXml(CaseKind kind, long caseId, UserScope scope) {
        String processInstanceId = visibleCase(kind, caseId, scope).processInstanceId();
        HistoricProcessInstance instance = processInstanceId == null ? null
                : historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new CaseNotFoundException(caseId);
        }
        try (InputStream model = repositoryService.getProcessModel(instance.getProcessDefinitionId())) {
            return model.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<HistoryStep> steps(String processInstanceId) {
        Map<String, String> completers = completers(processInstanceId);
        return activities(processInstanceId).stream()
                .filter(activity -> !NOT_STEPS.contains(activity.getActivityType()))
                .map(activity -> new HistoryStep(activity.getActivityId(), activity.getActivityName(),
                        activity.getActivityType(), activity.getStartTime().toInstant(),
                        activity.getEndTime() == null ? null : activity.getEndTime().toInstant(),
                        activity.getDurationInMillis(), activity.getAssignee(),
                        activity.getTaskId() == null ? null : completers.get(activity.getTaskId()),
                        activity.isCanceled()))
                .toList();
    }

    private List<HistoricActivityInstance> activities(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list();
    }

    /** Task id → user who completed it, from the engine's user operation log. */
    private Map<String, String> completers(String processInstanceId) {
        if (processInstanceId == null) {
            return Map.of();
        }
        return historyService.createUserOperationLogQuery().processInstanceId(processInstanceId)
                .entityType(EntityTypes.TASK)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                .list().stream()
                .filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
                .collect(Collectors.toMap(UserOperationLogEntry::getTaskId, UserOperationLogEntry::getUserId,
                        (first, same) -> first));
    }
}
