package fr.parcours.notification;

import fr.parcours.identity.Groups;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Who hears of a long overdue task (README "Notifications"): the people who run its case, other than those who
 * hold it.
 * <ul>
 *   <li>the case's running group is the first officers' ({@code dla-officers-<department>}) or coordinators'
 *   ({@code coordinators-<region>}) group among the candidate groups of its process's tasks: a consultant's late
 *   mission step goes to the department's officers, a consultant's late collective session to the region's
 *   coordinators, an officer's late task to the other officers of the department;</li>
 *   <li>a council cycle has none: its facilitators' late task goes to the coordinators of their region;</li>
 *   <li>when nobody is left (a lone officer, or a whole group's task unclaimed by all), to the administrators.</li>
 * </ul>
 */
@Component
class EscalationRule {

    private static final List<String> RUNNING_GROUPS =
            List.of(Groups.DLA_OFFICERS + "-", Groups.COORDINATORS + "-");

    private final HistoryService historyService;
    private final Recipients recipients;
    private final Scopes scopes;

    EscalationRule(HistoryService historyService, Recipients recipients, Scopes scopes) {
        this.historyService = historyService;
        this.recipients = recipients;
        this.scopes = scopes;
    }

    /** The people to tell about this late task, held by {@code holders}. */
    Set<String> leadsOf(String processInstanceId, List<String> taskGroups, Set<String> holders) {
        Optional<String> running = runningGroup(taskGroups)
                .or(() -> runningGroup(processGroups(processInstanceId)));
        Set<String> leads = new LinkedHashSet<>();
        running.ifPresentOrElse(group -> leads.addAll(recipients.membersOf(List.of(group))),
                () -> leads.addAll(recipients.membersOf(regionalCoordinatorsOf(holders))));
        leads.removeAll(holders);
        if (leads.isEmpty()) {
            leads.addAll(recipients.membersOf(List.of(Groups.ADMINS)));
            leads.removeAll(holders);
        }
        return leads;
    }

    private static Optional<String> runningGroup(List<String> groups) {
        return groups.stream().filter(group -> RUNNING_GROUPS.stream().anyMatch(group::startsWith)).findFirst();
    }

    private List<String> processGroups(String processInstanceId) {
        List<String> groups = new ArrayList<>();
        for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            for (HistoricIdentityLinkLog link : historyService.createHistoricIdentityLinkLogQuery()
                    .taskId(task.getId()).type(IdentityLinkType.CANDIDATE).list()) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
        }
        return groups;
    }

    private List<String> regionalCoordinatorsOf(Set<String> holders) {
        Set<String> groups = new LinkedHashSet<>();
        for (String holder : holders) {
            // Nobody gave a scope to a person without one: the administrators will hear of the task.
            scopes.find(holder).map(UserScope::getRegionCode)
                    .ifPresent(region -> groups.add(Groups.coordinatorsOf(region)));
        }
        return List.copyOf(groups);
    }
}
