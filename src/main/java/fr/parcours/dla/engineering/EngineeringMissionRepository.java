package fr.parcours.dla.engineering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EngineeringMissionRepository extends JpaRepository<EngineeringMission, Long> {

    Optional<EngineeringMission> findByPlanAxisId(long planAxisId);

    List<EngineeringMission> findByAccompanimentIdOrderById(long accompanimentId);

    List<EngineeringMission> findByConsultantOrganisationIdOrderById(long consultantOrganisationId);
}
