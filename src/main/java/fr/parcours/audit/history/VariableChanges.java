package fr.parcours.audit.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The engine's record of every variable update of a case (history level full), turned into before/after
 * pairs. Object values are named by type, never deserialised: the process carries ids and flags only.
 */
@Component
class VariableChanges {

    private final HistoryService historyService;

    VariableChanges(HistoryService historyService) {
        this.historyService = historyService;
    }

    List<VariableChange> of(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        List<HistoricDetail> details = historyService.createHistoricDetailQuery()
                .processInstanceId(processInstanceId).variableUpdates().disableCustomObjectDeserialization()
                .orderByTime().asc().orderPartiallyByOccurrence().asc().list();
        Map<String, String> current = new HashMap<>();
        List<VariableChange> changes = new ArrayList<>();
        for (HistoricDetail detail : details) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            // The same name in another execution (a parallel ingénierie) is another variable.
            String key = update.getVariableInstanceId();
            String after = text(update.getTypedValue());
            changes.add(new VariableChange(update.getTime().toInstant(), update.getVariableName(),
                    current.get(key), after));
            current.put(key, after);
        }
        return changes;
    }

    private static String text(TypedValue value) {
        if (value == null || value.getType() == null) {
            return null;
        }
        if (!value.getType().isPrimitiveValueType()) {
            // Reading the value of a serialized object would throw: it was deliberately not deserialised.
            return value.getType().getName();
        }
        return value.getValue() == null ? null : String.valueOf(value.getValue());
    }
}
