package fr.parcours.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    List<CaseDocument> findByCaseTypeAndCaseIdOrderByDocumentTypeAscTitleAscVersionDesc(String caseType, long caseId);

    Optional<CaseDocument> findByIdAndCaseTypeAndCaseId(long id, String caseType, long caseId);

    @Query("""
            select coalesce(max(d.version), 0) from CaseDocument d
            where d.caseType = ?1 and d.caseId = ?2 and d.documentType = ?3 and lower(d.title) = lower(?4)""")
    int latestVersion(String caseType, long caseId, DocumentType documentType, String title);
}
