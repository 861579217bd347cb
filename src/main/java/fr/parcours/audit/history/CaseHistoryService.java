package fr.parcours.audit.history;

import fr.parcours.audit.AuditTrail;
import fr.parcours.casework.CaseHeader;
import fr.parcours.casework.CaseHeaders;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.casework.StepNames;
import fr.parcours.identity.UserScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
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

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final AuditTrail auditTrail;
    private final VariableChanges variableChanges;
    private final StepNames stepNames;

    CaseHistoryService(HistoryService historyService, RepositoryService repositoryService,
                       AuditTrail auditTrail, VariableChanges variableChanges, StepNames stepNames) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.auditTrail = auditTrail;
        this.variableChanges = variableChanges;
        this.stepNames = stepNames;
    }

    public CaseHistory history(CaseHeaders kind, long caseId, UserScope scope) {
        CaseHeader header = kind.header(caseId, scope);
        return new CaseHistory(kind, header, steps(header.processInstanceId()),
                auditTrail.timeline(kind.caseType(), caseId),
                variableChanges.of(header.processInstanceId()));
    }

    public DiagramData diagramData(CaseHeaders kind, long caseId, UserScope scope) {
        List<HistoricActivityInstance> activities = activities(kind.header(caseId, scope).processInstanceId());
        Set<String> completed = new LinkedHashSet<>();
        Set<String> active = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : activities) {
            // A multi-instance body is drawn as its inner activity.
            String elementId = activity.getActivityId().replace(MULTI_INSTANCE_SUFFIX, "");
            (activity.getEndTime() == null ? active : completed).add(elementId);
        }
        List<String> taken = activities.isEmpty() ? List.of()
                : TakenFlows.of(repositoryService.getBpmnModelInstance(activities.get(0).getProcessDefinitionId()),
                        activities);
        return new DiagramData(new ArrayList<>(completed), new ArrayList<>(active), taken);
    }

    /**
     * The BPMN XML of the process version this case ran on, its steps named in the reader's language like the
     * history's table (the labels of the sequence flows stay as modelled).
     */
    public byte[] diagramXml(CaseHeaders kind, long caseId, UserScope scope) {
        String processInstanceId = kind.header(caseId, scope).processInstanceId();
        HistoricProcessInstance instance = processInstanceId == null ? null
                : historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                        .processDefinitionKey(kind.processKey()).singleResult();
        if (instance == null) {
            throw new CaseNotFoundException(caseId);
        }
        try (InputStream model = repositoryService.getProcessModel(instance.getProcessDefinitionId())) {
            BpmnModelInstance diagram = Bpmn.readModelFromStream(model);
            for (FlowElement element : diagram.getModelElementsByType(FlowElement.class)) {
                if (element.getName() != null && !(element instanceof SequenceFlow)) {
                    element.setName(stepNames.name(kind.processKey(), element.getId(), element.getName()));
                }
            }
            return Bpmn.convertToString(diagram).getBytes(StandardCharsets.UTF_8);
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
