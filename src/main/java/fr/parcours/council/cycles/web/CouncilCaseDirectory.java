package fr.parcours.council.cycles.web;

import fr.parcours.council.Council;
import fr.parcours.council.CouncilRepository;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.cycles.CouncilCycleRepository;
import fr.parcours.tasklist.CaseDirectory;
import fr.parcours.tasklist.CaseRef;
import fr.parcours.tasklist.CaseSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names council cycles in the task lists: the cycle's reference, the council, its page. */
@Component
class CouncilCaseDirectory implements CaseDirectory {

    private final CouncilCycleRepository cycles;
    private final CouncilRepository councils;

    CouncilCaseDirectory(CouncilCycleRepository cycles, CouncilRepository councils) {
        this.cycles = cycles;
        this.councils = councils;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, CaseSummary> describe(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<CouncilCycle> found = cycles.findByProcessInstanceIdIn(processInstanceIds);
        Map<Long, Council> byId = councils.findAllById(found.stream().map(CouncilCycle::getCouncilId).toList())
                .stream().collect(Collectors.toMap(Council::getId, Function.identity()));
        return found.stream().collect(Collectors.toMap(CouncilCycle::getProcessInstanceId, cycle -> new CaseSummary(
                cycle.reference(), byId.get(cycle.getCouncilId()).getName(), "/councils/" + cycle.getCouncilId(), null)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseRef> caseOf(String processInstanceId) {
        return cycles.findByProcessInstanceIdIn(List.of(processInstanceId)).stream().findFirst()
                .map(cycle -> new CaseRef(CouncilCycle.CASE_TYPE, cycle.getId()));
    }
}
