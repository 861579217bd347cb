package fr.parcours.collective.tracks;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipationRepository extends JpaRepository<Participation, Long> {

    @EntityGraph(attributePaths = "organisation")
    List<Participation> findByCollectiveIdOrderByOrganisationName(long collectiveId);

    /** A participation only within its collective, never by its id alone. */
    @EntityGraph(attributePaths = "organisation")
    Optional<Participation> findByIdAndCollectiveId(long id, long collectiveId);
}
