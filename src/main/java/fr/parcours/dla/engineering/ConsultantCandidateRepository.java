package fr.parcours.dla.engineering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultantCandidateRepository extends JpaRepository<ConsultantCandidate, Long> {

    @Query("select c from ConsultantCandidate c join fetch c.organisation where c.missionId = :missionId order by c.id")
    List<ConsultantCandidate> findByMission(long missionId);
}
