package fr.parcours.dla.web;

import fr.parcours.dla.AccompanimentRepository;
import fr.parcours.tasklist.CaseDirectory;
import fr.parcours.tasklist.CaseSummary;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class DlaCaseDirectory implements CaseDirectory {

    private final AccompanimentRepository accompaniments;

    DlaCaseDirectory(AccompanimentRepository accompaniments) {
        this.accompaniments = accompaniments;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, CaseSummary> describe(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return accompaniments.findByProcessInstanceIdIn(processInstanceIds).stream()
                .collect(Collectors.toMap(a -> a.getProcessInstanceId(), a -> new CaseSummary(
                        a.getBusinessKey(), a.getOrganisation().getName(), "/dla/accompaniments/" + a.getId())));
    }
}
