package fr.parcours.council.cycles;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilMeetingRepository extends JpaRepository<CouncilMeeting, Long> {

    List<CouncilMeeting> findByCycleIdInOrderByPlannedOnDescIdDesc(Collection<Long> cycleIds);
}
