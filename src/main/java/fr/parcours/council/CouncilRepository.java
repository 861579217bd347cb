package fr.parcours.council;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilRepository extends JpaRepository<Council, Long> {

    List<Council> findByRegionCodeOrderByName(String regionCode);

    List<Council> findAllByOrderByName();

    Optional<Council> findByName(String name);
}
