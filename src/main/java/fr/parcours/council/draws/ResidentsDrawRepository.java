package fr.parcours.council.draws;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResidentsDrawRepository extends JpaRepository<ResidentsDraw, Long> {

    List<ResidentsDraw> findByCouncilIdOrderByDrawnOnDescIdDesc(long councilId);
}
