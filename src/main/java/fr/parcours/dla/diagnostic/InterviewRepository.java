package fr.parcours.dla.diagnostic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewRepository extends JpaRepository<Interview, Long> {

    List<Interview> findByAccompanimentIdOrderByHeldOnAscIdAsc(long accompanimentId);
}
