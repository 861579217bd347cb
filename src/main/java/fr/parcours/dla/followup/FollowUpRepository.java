package fr.parcours.dla.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByAccompanimentIdOrderByNumber(long accompanimentId);

    Optional<FollowUp> findFirstByAccompanimentIdOrderByNumberDesc(long accompanimentId);

    int countByAccompanimentId(long accompanimentId);

    @Query("select coalesce(sum(f.aidedContractsPermanent), 0) from FollowUp f where f.accompanimentId = :accompanimentId")
    int aidedContractsMadePermanent(long accompanimentId);
}
