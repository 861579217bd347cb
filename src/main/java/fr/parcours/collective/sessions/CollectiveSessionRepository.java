package fr.parcours.collective.sessions;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CollectiveSessionRepository extends JpaRepository<CollectiveSession, Long> {

    @EntityGraph(attributePaths = "attendance")
    List<CollectiveSession> findByCollectiveIdOrderByHeldOnAscIdAsc(long collectiveId);
}
