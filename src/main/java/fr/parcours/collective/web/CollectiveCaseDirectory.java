package fr.parcours.collective.web;

import fr.parcours.collective.CollectiveAccompanimentRepository;
import fr.parcours.tasklist.CaseDirectory;
import fr.parcours.tasklist.CaseSummary;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names collective cases in the task lists: their reference, their title, their page and their phase. */
@Component
class CollectiveCaseDirectory implements CaseDirectory {

    private final CollectiveAccompanimentRepository collectives;

    CollectiveCaseDirectory(CollectiveAccompanimentRepository collectives) {
        this.collectives = collectives;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, CaseSummary> describe(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return collectives.findByProcessInstanceIdIn(processInstanceIds).stream()
                .collect(Collectors.toMap(c -> c.getProcessInstanceId(), c -> new CaseSummary(c.getBusinessKey(),
                        c.getTitle(), "/collective/" + c.getId(), "collective.phase." + c.getPhase())));
    }
}
