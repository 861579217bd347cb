package fr.parcours.dla.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanAxisRepository extends JpaRepository<PlanAxis, Long> {

    List<PlanAxis> findByAccompanimentIdAndRevisionOrderByPriority(long accompanimentId, int revision);

    /** The accompaniment's current plan revision, 0 when no plan was drafted yet. */
    @Query("select coalesce(max(a.revision), 0) from PlanAxis a where a.accompanimentId = :accompanimentId")
    int latestRevision(long accompanimentId);
}
