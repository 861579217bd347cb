package fr.parcours.benchmark;

import static fr.parcours.dla.process.DlaIndividualProcess.*;

import fr.parcours.dla.FollowUpSchedule;
import fr.parcours.dla.process.DlaIndividualProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The engine's share of an accompaniment: Parcours' own DLA process model (the deployed {@code dla-individual}
 * BPMN: its 18 user tasks on the journey's path, service tasks, gateways, the ingénierie's multi-instance
 * subprocess, the follow-up timers, due dates and candidate groups) driven on bare Camunda, with none of the
 * app around it. Its service tasks run this delegate, which sets the process variables the real delegates set
 * on the journey's path (same names, values and types, so the same variable history) and writes nothing else;
 * the follow-up timer's start listener (an app write) is left out. Tasks are found and completed as in the
 * bare 18-task process: a task query per step, no user authenticated.
 *
 * <p>It tells the two limits of the benchmark's ratio apart: this model against the bare 18-task process is
 * the engine's cost of the DLA model itself; Parcours against this model is the app's cost on top of it.
 */
@Component("dlaModelSteps")
class DlaModelOnBareCamunda implements JavaDelegate, TaskListener {

    static final String KEY = "benchmark-dla-model";
    static final String LEAN_KEY = "benchmark-dla-model-lean";
    /** The service task that records each form which sets variables on the journey's path. */
    private static final Map<String, String> STEP_AFTER = Map.of(
            "Task_ReviewRequest", "Task_RecordIntakeDecision", "Task_HoldInterview", "Task_RecordInterview",
            "Task_DraftPlan", "Task_RecordPlan", "Task_RecordCommitteeOpinion", "Task_SaveCommitteeOpinion",
            "Task_ValidateChoice", "Task_RecordChoice", "Task_ReportMissionProgress", "Task_RecordMissionProgress",
            "Task_FollowUp", "Task_RecordFollowUp");
    private static final String GROUP = "benchmark";

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final FollowUpSchedule schedule;
    private final AtomicLong ids = new AtomicLong(System.nanoTime());

    DlaModelOnBareCamunda(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
                          ManagementService managementService, FollowUpSchedule schedule) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.schedule = schedule;
    }

    /**
     * Deploys the DLA model under {@link #KEY}, each service task running this delegate, and its leaner variant
     * under {@link #LEAN_KEY}: each service task that records a user task's form is gone, and this delegate runs
     * as that user task's completion listener instead (20 activity instances fewer on the journey's path).
     */
    void deploy() {
        deploy(KEY, false);
        deploy(LEAN_KEY, true);
    }

    private void deploy(String key, boolean lean) {
        ProcessDefinition dla = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(DlaIndividualProcess.KEY).latestVersion().singleResult();
        BpmnModelInstance model = Bpmn.readModelFromStream(repositoryService.getProcessModel(dla.getId()));
        model.getModelElementsByType(Process.class).iterator().next().setId(key);
        for (ServiceTask step : new ArrayList<>(model.getModelElementsByType(ServiceTask.class))) {
            step.setCamundaDelegateExpression("${dlaModelSteps}");
            if (lean && step.getIncoming().size() == 1
                    && step.getIncoming().iterator().next().getSource() instanceof UserTask form) {
                asCompletionListener(model, step, form);
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            ExtensionElements extensions = node.getExtensionElements();
            if (extensions != null) {
                extensions.getElementsQuery().filterByType(CamundaExecutionListener.class).list()
                        .forEach(extensions::removeChildElement);
            }
        }
        repositoryService.createDeployment().enableDuplicateFiltering(true)
                .addModelInstance(key + ".bpmn", model).deploy();
    }

    /** The service task {@code step} that follows {@code form} becomes the form's completion listener. */
    private static void asCompletionListener(BpmnModelInstance model, ServiceTask step, UserTask form) {
        SequenceFlow in = step.getIncoming().iterator().next();
        SequenceFlow out = step.getOutgoing().iterator().next();
        FlowNode next = out.getTarget();
        next.getIncoming().remove(out);
        in.setTarget(next);
        next.getIncoming().add(in);
        for (BaseElement gone : List.of(step, out)) {
            model.getModelElementsByType(BpmnShape.class).stream().filter(shape -> shape.getBpmnElement() == gone)
                    .forEach(shape -> shape.getParentElement().removeChildElement(shape));
            model.getModelElementsByType(BpmnEdge.class).stream().filter(edge -> edge.getBpmnElement() == gone)
                    .forEach(edge -> edge.getParentElement().removeChildElement(edge));
        }
        step.getParentElement().removeChildElement(out);
        step.getParentElement().removeChildElement(step);
        form.builder().camundaTaskListenerDelegateExpression(TaskListener.EVENTNAME_COMPLETE, "${dlaModelSteps}");
    }

    void instance() {
        instance(KEY);
    }

    void leanInstance() {
        instance(LEAN_KEY);
    }

    /** One instance through intake, one ingénierie and two follow-ups: the journey's path. */
    private void instance(String key) {
        String pid = runtimeService.startProcessInstanceByKey(key, "BENCH-" + ids.incrementAndGet(), Map.of(
                VAR_ACCOMPANIMENT_ID, ids.incrementAndGet(), VAR_OFFICER_GROUP, GROUP, VAR_FOLLOW_UPS_DONE, 0)).getId();
        int completed = 0;
        while (true) {
            List<Task> tasks = taskService.createTaskQuery().processInstanceId(pid).list();
            if (tasks.isEmpty()) {
                Job timer = managementService.createJobQuery().processInstanceId(pid).timers().singleResult();
                if (timer == null) {
                    break;
                }
                managementService.executeJob(timer.getId());
                continue;
            }
            for (Task task : tasks) {
                taskService.complete(task.getId());
                completed++;
            }
        }
        if (completed != DlaBenchmark.USER_TASKS_PER_ACCOMPANIMENT) {
            throw new AssertionError("The DLA model took " + completed + " user tasks instead of "
                    + DlaBenchmark.USER_TASKS_PER_ACCOMPANIMENT);
        }
    }

    /** The variables the real delegates set on the journey's path, and nothing else. */
    @Override
    public void execute(DelegateExecution execution) {
        step(execution.getCurrentActivityId(), execution);
    }

    /** The same, from the form's completion in the lean variant. */
    @Override
    public void notify(DelegateTask task) {
        step(STEP_AFTER.get(task.getTaskDefinitionKey()), task.getExecution());
    }

    private void step(String serviceTask, DelegateExecution execution) {
        switch (serviceTask == null ? "" : serviceTask) {
            case "Task_RecordIntakeDecision" -> execution.setVariable(VAR_ELIGIBLE, true);
            case "Task_RecordInterview" -> execution.setVariable(VAR_MORE_INTERVIEWS, false);
            case "Task_RecordPlan" -> execution.setVariable(VAR_ENGINEERING_AXIS_IDS,
                    new ArrayList<>(List.of(ids.incrementAndGet())));
            case "Task_SaveCommitteeOpinion" -> execution.setVariable(VAR_AMEND_PLAN, false);
            case "Task_RecordChoice" -> execution.setVariableLocal(VAR_CONSULTANT_GROUP, GROUP);
            case "Task_RecordMissionProgress" -> execution.setVariableLocal(VAR_MISSION_FINISHED, true);
            case "Task_RecordFollowUp" -> {
                int done = (Integer) execution.getVariable(VAR_FOLLOW_UPS_DONE) + 1;
                boolean more = done < schedule.count();
                execution.setVariable(VAR_FOLLOW_UPS_DONE, done);
                execution.setVariable(VAR_MORE_FOLLOW_UPS, more);
                execution.setVariable(VAR_NEW_NEEDS, false);
            }
            default -> {
                // The other steps only write the app's records.
            }
        }
    }
}
