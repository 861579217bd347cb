package fr.parcours.budget;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CofinancingRepository extends JpaRepository<Cofinancing, Long> {

    @Query("select c from Cofinancing c where c.missionCostId in ?1 order by c.id")
    List<Cofinancing> findByMissions(Collection<Long> missionCostIds);
}
