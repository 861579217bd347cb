package fr.parcours.dla.engineering;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultantChoiceRepository extends JpaRepository<ConsultantChoice, Long> {

    Optional<ConsultantChoice> findByMissionId(long missionId);
}
