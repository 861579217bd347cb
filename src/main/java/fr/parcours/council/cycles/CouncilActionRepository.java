package fr.parcours.council.cycles;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilActionRepository extends JpaRepository<CouncilAction, Long> {

    List<CouncilAction> findByMeetingIdInOrderById(Collection<Long> meetingIds);
}
