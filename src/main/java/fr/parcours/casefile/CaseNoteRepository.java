package fr.parcours.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

    List<CaseNote> findByCaseTypeAndCaseIdOrderByCreatedAtAscIdAsc(String caseType, long caseId);

    Optional<CaseNote> findByIdAndCaseTypeAndCaseId(long id, String caseType, long caseId);
}
