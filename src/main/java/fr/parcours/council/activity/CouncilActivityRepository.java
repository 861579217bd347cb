package fr.parcours.council.activity;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilActivityRepository extends JpaRepository<CouncilActivity, Long> {

    List<CouncilActivity> findByFacilitatorIdAndPerformedOnBetweenOrderByPerformedOnAscIdAsc(
            String facilitatorId, LocalDate from, LocalDate to);
}
