package fr.parcours.dla.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanAxisRepository extends JpaRepository<PlanAxis, Long> {

    List<PlanAxis> findByAccompanimentIdAndRevisionOrderByPriority(long accompanimentId, int revision);
}
