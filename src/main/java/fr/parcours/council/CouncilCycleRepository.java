package fr.parcours.council;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilCycleRepository extends JpaRepository<CouncilCycle, Long> {

    List<CouncilCycle> findByCouncilIdOrderByNumberDesc(long councilId);

    List<CouncilCycle> findByProcessInstanceIdIn(Collection<String> processInstanceIds);
}
