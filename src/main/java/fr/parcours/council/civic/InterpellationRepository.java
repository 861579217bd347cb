package fr.parcours.council.civic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterpellationRepository extends JpaRepository<Interpellation, Long> {

    List<Interpellation> findByCouncilIdOrderBySentOnDescIdDesc(long councilId);
}
