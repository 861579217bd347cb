package fr.parcours.council.cycles;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilCycleRepository extends JpaRepository<CouncilCycle, Long> {

    List<CouncilCycle> findByCouncilIdOrderByNumberDesc(long councilId);

    Optional<CouncilCycle> findByProcessInstanceId(String processInstanceId);

    List<CouncilCycle> findByProcessInstanceIdIn(Collection<String> processInstanceIds);
}
