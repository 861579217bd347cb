package fr.parcours.council.cycles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MobilisationActionRepository extends JpaRepository<MobilisationAction, Long> {

    List<MobilisationAction> findByCycleIdOrderByHeldOn(long cycleId);
}
