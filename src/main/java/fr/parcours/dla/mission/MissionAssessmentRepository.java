package fr.parcours.dla.mission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissionAssessmentRepository extends JpaRepository<MissionAssessment, Long> {

    Optional<MissionAssessment> findByMissionId(long missionId);
}
