package fr.parcours.audit.history;

import fr.parcours.audit.AuditRecord;
import fr.parcours.casework.CaseHeader;
import fr.parcours.casework.CaseHeaders;
import java.util.List;

/** Everything an auditor sees about one case: the engine's steps and the app's business changes. */
public record CaseHistory(CaseHeaders kind, CaseHeader header, List<HistoryStep> steps, List<AuditRecord> changes,
                          List<VariableChange> variables) {
}
