package fr.parcours.dla.diagnostic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeAssessmentRepository extends JpaRepository<ThemeAssessment, Long> {

    List<ThemeAssessment> findByAccompanimentId(long accompanimentId);
}
