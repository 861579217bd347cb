package fr.parcours.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a document of a case: what it is, who put it there and when, and its fingerprint. Its bytes are
 * kept apart ({@code case_document_content}) and read only for a download.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseType;
    private long caseId;
    private String taskId;
    private String taskName;
    @Enumerated(EnumType.STRING)
    private DocumentType documentType;
    private String title;
    private int version;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private boolean generated;
    private String uploadedBy;
    private Instant uploadedAt;

    protected CaseDocument() {
    }

    CaseDocument(CaseFile caseFile, DocumentType documentType, String title, int version, StoredFile file,
                 boolean generated, String uploadedBy, Instant uploadedAt) {
        this.caseType = caseFile.caseType();
        this.caseId = caseFile.caseId();
        this.documentType = documentType;
        this.title = title;
        this.version = version;
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.generated = generated;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void attachTo(String taskId, String taskName) {
        this.taskId = taskId;
        this.taskName = taskName;
    }

    public Long getId() {
        return id;
    }

    public String getCaseType() {
        return caseType;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskName() {
        return taskName;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getTitle() {
        return title;
    }

    public int getVersion() {
        return version;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public boolean isGenerated() {
        return generated;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
