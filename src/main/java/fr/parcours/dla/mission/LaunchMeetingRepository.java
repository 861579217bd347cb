package fr.parcours.dla.mission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LaunchMeetingRepository extends JpaRepository<LaunchMeeting, Long> {

    Optional<LaunchMeeting> findByMissionId(long missionId);
}
