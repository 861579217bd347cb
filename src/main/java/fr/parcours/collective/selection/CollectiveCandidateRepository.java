package fr.parcours.collective.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CollectiveCandidateRepository extends JpaRepository<CollectiveCandidate, Long> {

    @Query("select c from CollectiveCandidate c join fetch c.organisation where c.collectiveId = :collectiveId order by c.id")
    List<CollectiveCandidate> findByCollective(long collectiveId);
}
