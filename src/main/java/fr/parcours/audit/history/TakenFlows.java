package fr.parcours.audit.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The sequence flows a case went along. The engine's history records activities, not flows, so each flow is
 * inferred: every time an element started, the flow it came in by is the one from the predecessor (among the
 * sources of its incoming flows) that ended last before that start. A parallel join therefore marks each
 * branch that reached it, and an exclusive gateway only the branch that was chosen.
 */
final class TakenFlows {

    private TakenFlows() {
    }

    static List<String> of(BpmnModelInstance model, List<HistoricActivityInstance> activities) {
        Map<String, List<HistoricActivityInstance>> byElement = activities.stream()
                .collect(Collectors.groupingBy(activity -> elementId(activity.getActivityId())));
        Map<String, List<SequenceFlow>> incoming = model.getModelElementsByType(SequenceFlow.class).stream()
                .collect(Collectors.groupingBy(flow -> flow.getTarget().getId()));
        Set<String> taken = new LinkedHashSet<>();
        for (HistoricActivityInstance arrival : activities) {
            List<SequenceFlow> candidates = incoming.getOrDefault(elementId(arrival.getActivityId()), List.of());
            taken.addAll(flowsArrivedBy(arrival.getStartTime(), candidates, byElement));
        }
        return new ArrayList<>(taken);
    }

    private static List<String> flowsArrivedBy(Date arrival, Collection<SequenceFlow> candidates,
                                               Map<String, List<HistoricActivityInstance>> byElement) {
        Date latest = null;
        List<String> flows = new ArrayList<>();
        for (SequenceFlow flow : candidates) {
            Date end = lastEndBefore(arrival, byElement.getOrDefault(flow.getSource().getId(), List.of()));
            if (end == null || (latest != null && end.before(latest))) {
                continue;
            }
            if (latest == null || end.after(latest)) {
                latest = end;
                flows.clear();
            }
            flows.add(flow.getId());
        }
        return flows;
    }

    private static Date lastEndBefore(Date arrival, List<HistoricActivityInstance> sources) {
        Date latest = null;
        for (HistoricActivityInstance source : sources) {
            Date end = source.getEndTime();
            if (end != null && !end.after(arrival) && (latest == null || end.after(latest))) {
                latest = end;
            }
        }
        return latest;
    }

    /** A multi-instance body is drawn as its inner activity. */
    static String elementId(String activityId) {
        return activityId.replace("#multiInstanceBody", "");
    }
}
