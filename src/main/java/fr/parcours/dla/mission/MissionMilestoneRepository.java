package fr.parcours.dla.mission;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MissionMilestoneRepository extends JpaRepository<MissionMilestone, Long> {

    List<MissionMilestone> findByMissionIdOrderByMilestoneDateAscIdAsc(long missionId);

    @Query("select coalesce(sum(m.daysSpent), 0) from MissionMilestone m where m.missionId = :missionId")
    BigDecimal totalDaysSpent(long missionId);
}
