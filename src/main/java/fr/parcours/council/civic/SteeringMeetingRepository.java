package fr.parcours.council.civic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SteeringMeetingRepository extends JpaRepository<SteeringMeeting, Long> {

    List<SteeringMeeting> findByCouncilIdOrderByHeldOnDescIdDesc(long councilId);
}
