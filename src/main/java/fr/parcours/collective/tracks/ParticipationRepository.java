package fr.parcours.collective.tracks;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipationRepository extends JpaRepository<Participation, Long> {

    @EntityGraph(attributePaths = "organisation")
    List<Participation> findByCollectiveIdOrderByOrganisationName(long collectiveId);
}
