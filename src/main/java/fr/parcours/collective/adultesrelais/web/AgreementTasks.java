package fr.parcours.collective.adultesrelais.web;

import static fr.parcours.collective.adultesrelais.process.AdulteRelaisProcess.KEY;
import static fr.parcours.collective.adultesrelais.process.AdulteRelaisProcess.TASK_PLAN_RENEWAL;

import fr.parcours.casework.CaseResolver;
import fr.parcours.collective.adultesrelais.AdulteRelaisAgreement;
import fr.parcours.collective.adultesrelais.AdultesRelaisAgreements;
import fr.parcours.identity.Scopes;
import fr.parcours.tasklist.CaseDirectory;
import fr.parcours.tasklist.CaseSummary;
import fr.parcours.tasklist.TaskForms;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The {@code adulte-relais-agreement} tasks in Parcours: where their form is, how task lists name them, and their
 * case — the agreement whose process the task belongs to, within the user's scope (else 404).
 */
@Component
class AgreementTasks implements TaskForms, CaseDirectory, CaseResolver<AdulteRelaisAgreement> {

    private final AdultesRelaisAgreements agreements;
    private final Scopes scopes;

    AgreementTasks(AdultesRelaisAgreements agreements, Scopes scopes) {
        this.agreements = agreements;
        this.scopes = scopes;
    }

    @Override
    public Optional<String> formPath(String processDefinitionKey, String taskDefinitionKey, String taskId) {
        return KEY.equals(processDefinitionKey) && TASK_PLAN_RENEWAL.equals(taskDefinitionKey)
                ? Optional.of("/adultes-relais/tasks/" + taskId + "/plan") : Optional.empty();
    }

    @Override
    public Map<String, CaseSummary> describe(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return agreements.ofProcesses(List.copyOf(processInstanceIds)).stream().collect(Collectors.toMap(
                AdulteRelaisAgreement::getProcessInstanceId, agreement -> new CaseSummary(agreement.getReference(),
                        agreement.getOrganisation().getName(), "/adultes-relais/" + agreement.getId())));
    }

    @Override
    public AdulteRelaisAgreement caseOf(Task task, String userId) {
        return agreements.ofProcessVisibleTo(task.getProcessInstanceId(), scopes.of(userId));
    }
}
