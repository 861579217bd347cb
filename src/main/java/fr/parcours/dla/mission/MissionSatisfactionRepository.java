package fr.parcours.dla.mission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissionSatisfactionRepository extends JpaRepository<MissionSatisfaction, Long> {

    Optional<MissionSatisfaction> findByMissionId(long missionId);
}
