package fr.parcours.dla.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeOpinionRepository extends JpaRepository<CommitteeOpinion, Long> {

    List<CommitteeOpinion> findByAccompanimentIdOrderByMeetingOnAscIdAsc(long accompanimentId);
}
