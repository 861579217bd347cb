package fr.parcours.audit.history;

import java.util.List;

/** The BPMN element ids to highlight: the path actually taken and where the case stands now. */
public record DiagramData(List<String> completed, List<String> active) {
}
