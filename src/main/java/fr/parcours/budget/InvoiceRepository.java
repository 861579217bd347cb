package fr.parcours.budget;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    @Query("select i from Invoice i where i.missionCostId in ?1 order by i.receivedOn, i.id")
    List<Invoice> findByMissions(Collection<Long> missionCostIds);
}
