package fr.parcours.audit.history;

import java.util.List;

/**
 * The BPMN element ids to highlight: the activities done, where the case stands now, and the sequence flows
 * taken between them.
 */
public record DiagramData(List<String> completed, List<String> active, List<String> taken) {
}
