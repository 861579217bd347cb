package fr.parcours.audit.history;

import fr.parcours.audit.AuditRecord;
import java.util.List;

/** Everything an auditor sees about one case: the engine's steps and the app's business changes. */
public record CaseHistory(CaseHeader header, List<HistoryStep> steps, List<AuditRecord> changes,
                          List<VariableChange> variables) {
}
