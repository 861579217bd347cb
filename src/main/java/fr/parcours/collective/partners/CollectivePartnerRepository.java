package fr.parcours.collective.partners;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CollectivePartnerRepository extends JpaRepository<CollectivePartner, Long> {

    @Query("select p from CollectivePartner p join fetch p.organisation o where p.collectiveId in :collectiveIds"
            + " order by o.name")
    List<CollectivePartner> findByCollectives(Collection<Long> collectiveIds);

    @Modifying(flushAutomatically = true)
    @Query("delete from CollectivePartner p where p.collectiveId = :collectiveId")
    void deleteByCollective(long collectiveId);
}
