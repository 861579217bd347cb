package fr.parcours.dla.followup;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccompanimentClosureRepository extends JpaRepository<AccompanimentClosure, Long> {
}
