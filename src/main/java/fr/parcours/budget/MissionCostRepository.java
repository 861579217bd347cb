package fr.parcours.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MissionCostRepository extends JpaRepository<MissionCost, Long> {

    Optional<MissionCost> findByEngineeringMissionId(long engineeringMissionId);

    @Query("""
            select m from MissionCost m where m.collectiveId is null and m.operatorId = ?1
               and m.orderedOn between ?2 and ?3 order by m.orderedOn, m.id""")
    List<MissionCost> findOperatorOrdered(long operatorId, LocalDate from, LocalDate to);

    @Query("""
            select m from MissionCost m where m.collectiveId = ?1 and m.orderedOn between ?2 and ?3
             order by m.orderedOn, m.id""")
    List<MissionCost> findCollectiveOrdered(long collectiveId, LocalDate from, LocalDate to);
}
