package fr.parcours.dla.mission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EndReportRepository extends JpaRepository<EndReport, Long> {

    Optional<EndReport> findByMissionId(long missionId);
}
