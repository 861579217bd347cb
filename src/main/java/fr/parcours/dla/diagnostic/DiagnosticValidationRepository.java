package fr.parcours.dla.diagnostic;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DiagnosticValidationRepository extends JpaRepository<DiagnosticValidation, Long> {

    Optional<DiagnosticValidation> findByAccompanimentId(long accompanimentId);
}
