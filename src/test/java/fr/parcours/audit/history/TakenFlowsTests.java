package fr.parcours.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class TakenFlowsTests {

    private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("p")
            .startEvent("start").sequenceFlowId("toChoice")
            .exclusiveGateway("choice")
            .sequenceFlowId("toA").userTask("a").sequenceFlowId("aToJoin").exclusiveGateway("join")
            .sequenceFlowId("toEnd").endEvent("end")
            .moveToNode("choice").sequenceFlowId("toB").userTask("b").sequenceFlowId("bToJoin").connectTo("join")
            .done();

    @Test
    void marksOnlyTheBranchChosenAtAGateway() {
        List<HistoricActivityInstance> path = List.of(activity("start", 0, 0), activity("choice", 0, 0),
                activity("b", 1, 5), activity("join", 5, 5), activity("end", 5, 5));

        assertThat(TakenFlows.of(MODEL, path)).containsExactly("toChoice", "toB", "bToJoin", "toEnd");
    }

    @Test
    void marksNothingBeyondWhereTheCaseStands() {
        List<HistoricActivityInstance> path = List.of(activity("start", 0, 0), activity("choice", 0, 0),
                activity("a", 1, null));

        assertThat(TakenFlows.of(MODEL, path)).containsExactly("toChoice", "toA");
    }

    @Test
    void aLoopBackMarksEachBranchTakenOnce() {
        BpmnModelInstance loop = Bpmn.createExecutableProcess("loop")
                .startEvent("start").sequenceFlowId("toTask").userTask("task").sequenceFlowId("toAgain")
                .exclusiveGateway("again").sequenceFlowId("toEnd").endEvent("end")
                .moveToNode("again").sequenceFlowId("back").connectTo("task")
                .done();
        List<HistoricActivityInstance> path = List.of(activity("start", 0, 0), activity("task", 0, 2),
                activity("again", 2, 2), activity("task", 3, 4), activity("again", 4, 4), activity("end", 4, 4));

        assertThat(TakenFlows.of(loop, path)).containsExactlyInAnyOrder("toTask", "toAgain", "back", "toEnd");
    }

    @Test
    void aMultiInstanceBodyCountsAsItsActivity() {
        assertThat(TakenFlows.elementId("Task_Session#multiInstanceBody")).isEqualTo("Task_Session");
    }

    private static HistoricActivityInstance activity(String id, long start, Integer end) {
        HistoricActivityInstance activity = mock(HistoricActivityInstance.class);
        when(activity.getActivityId()).thenReturn(id);
        when(activity.getStartTime()).thenReturn(new Date(start));
        when(activity.getEndTime()).thenReturn(end == null ? null : new Date(end.longValue()));
        return activity;
    }
}
