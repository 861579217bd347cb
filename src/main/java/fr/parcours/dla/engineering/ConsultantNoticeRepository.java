package fr.parcours.dla.engineering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultantNoticeRepository extends JpaRepository<ConsultantNotice, Long> {

    List<ConsultantNotice> findByMissionIdOrderById(long missionId);

    List<ConsultantNotice> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);
}
