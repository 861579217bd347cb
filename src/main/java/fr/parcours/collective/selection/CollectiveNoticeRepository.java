package fr.parcours.collective.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CollectiveNoticeRepository extends JpaRepository<CollectiveNotice, Long> {

    List<CollectiveNotice> findByCollectiveIdOrderById(long collectiveId);

    List<CollectiveNotice> findByOrganisationIdOrderByCreatedAtDesc(long organisationId);
}
