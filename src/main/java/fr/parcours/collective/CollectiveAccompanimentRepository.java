package fr.parcours.collective;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CollectiveAccompanimentRepository extends JpaRepository<CollectiveAccompaniment, Long> {

    List<CollectiveAccompaniment> findByRegionCodeOrderByCreatedAtDesc(String regionCode);

    List<CollectiveAccompaniment> findAllByOrderByCreatedAtDesc();

    List<CollectiveAccompaniment> findByConsultantOrganisationIdOrderByCreatedAtDesc(long organisationId);

    Optional<CollectiveAccompaniment> findByProcessInstanceId(String processInstanceId);

    List<CollectiveAccompaniment> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    @Query(value = "select nextval('collective_number_seq')", nativeQuery = true)
    long nextNumber();
}
