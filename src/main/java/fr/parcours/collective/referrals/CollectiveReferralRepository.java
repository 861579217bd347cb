package fr.parcours.collective.referrals;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CollectiveReferralRepository extends JpaRepository<CollectiveReferral, Long> {

    @EntityGraph(attributePaths = "organisation")
    List<CollectiveReferral> findByRegionCodeAndStatusOrderByReferredAtAscIdAsc(String regionCode, ReferralStatus status);

    @EntityGraph(attributePaths = "organisation")
    List<CollectiveReferral> findByStatusOrderByReferredAtAscIdAsc(ReferralStatus status);

    @EntityGraph(attributePaths = "organisation")
    Optional<CollectiveReferral> findWithOrganisationById(long id);

    List<CollectiveReferral> findByAccompanimentIdOrderById(long accompanimentId);
}
