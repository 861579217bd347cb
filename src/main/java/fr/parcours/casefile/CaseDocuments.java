package fr.parcours.casefile;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.casework.Texts;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The documents of a case file, for the people in the case's scope (its kind's own check, through
 * {@link CaseFiles}): uploads checked by content, versions kept (same type and title: the next version), every
 * upload and download in the audit trail with the document's id, version and SHA-256 — never its title or name,
 * which people type. The bytes are stored in PostgreSQL, so that one backup holds everything.
 */
@Service
public class CaseDocuments {

    /** The longest title, in characters (the column's size). */
    public static final int MAX_TITLE = 200;

    private final CaseFiles caseFiles;
    private final CaseDocumentRepository documents;
    private final ContentTypes contentTypes;
    private final JdbcTemplate jdbc;
    private final TaskService taskService;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxSize;

    CaseDocuments(CaseFiles caseFiles, CaseDocumentRepository documents, ContentTypes contentTypes, JdbcTemplate jdbc,
                  TaskService taskService, ApplicationEventPublisher events, Clock clock,
                  @Value("${parcours.documents.max-size:20MB}") DataSize maxSize) {
        this.caseFiles = caseFiles;
        this.documents = documents;
        this.contentTypes = contentTypes;
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.events = events;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** Every version of every document of the case, by type, title and newest version first. */
    @Transactional(readOnly = true)
    public List<CaseDocument> list(CaseFile caseFile) {
        return documents.findByCaseTypeAndCaseIdOrderByDocumentTypeAscTitleAscVersionDesc(caseFile.caseType(),
                caseFile.caseId());
    }

    /** The case's open tasks the user sees, which an upload may be attached to. */
    @Transactional(readOnly = true)
    public List<Task> openTasks(CaseFile caseFile) {
        String processInstanceId = caseFile.header().processInstanceId();
        return processInstanceId == null ? List.of()
                : taskService.createTaskQuery().processInstanceId(processInstanceId).active().orderByTaskName().asc()
                        .list();
    }

    /**
     * Keeps an uploaded file as the next version of its type and title; {@link UploadRefusedException} (nothing
     * stored) when it is empty, too big, of a refused type, or names a task that is not an open task of the case.
     */
    @Transactional
    public CaseDocument upload(String path, long caseId, DocumentUpload upload, String userId) {
        CaseFile caseFile = caseFiles.open(path, caseId, userId);
        if (upload.type() == null || !upload.type().isUploadable()) {
            throw new UploadRefusedException("casefile.document.type.required");
        }
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw new UploadRefusedException("casefile.document.file.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new UploadRefusedException("casefile.document.file.too-large");
        }
        String mediaType = contentTypes.detect(content);
        if (mediaType == null) {
            throw new UploadRefusedException("casefile.document.file.refused-type");
        }
        Task task = null;
        if (!Texts.blank(upload.taskId())) {
            task = openTasks(caseFile).stream().filter(open -> open.getId().equals(upload.taskId().strip()))
                    .findFirst().orElseThrow(() -> new UploadRefusedException("casefile.document.task.unknown"));
        }
        StoredFile file = new StoredFile(FileNames.safe(upload.originalName(), ContentTypes.ACCEPTED.get(mediaType)),
                mediaType, content, sha256(content));
        CaseDocument document = store(caseFile, upload.type(), title(upload.title()), file, false, userId);
        if (task != null) {
            document.attachTo(task.getId(), task.getName());
        }
        return document;
    }

    /**
     * Keeps a PDF a feature generated from its data as the next version of its type and title; the feature's user
     * must reach the case file (404 otherwise).
     */
    @Transactional
    public CaseDocument storeGenerated(String caseType, long caseId, DocumentType type, String title, String fileName,
                                       byte[] pdf, String userId) {
        CaseFile caseFile = caseFiles.ofType(caseType, caseId, userId);
        StoredFile file = new StoredFile(FileNames.safe(fileName, "pdf"), "application/pdf", pdf, sha256(pdf));
        return store(caseFile, type, title(title), file, true, userId);
    }

    /** A version of a document of the case, with its bytes; the download is in the audit trail. */
    @Transactional
    public DocumentDownload download(String path, long caseId, long documentId, String userId) {
        CaseFile caseFile = caseFiles.open(path, caseId, userId);
        CaseDocument document = documents.findByIdAndCaseTypeAndCaseId(documentId, caseFile.caseType(),
                caseFile.caseId()).orElseThrow(() -> new CaseNotFoundException(documentId));
        byte[] content = jdbc.queryForObject("select content from case_document_content where document_id = ?",
                byte[].class, document.getId());
        audit(caseFile, "case-document-downloaded", userId, clock.instant(), document);
        return new DocumentDownload(document, content);
    }

    private CaseDocument store(CaseFile caseFile, DocumentType type, String title, StoredFile file, boolean generated,
                               String userId) {
        Instant now = clock.instant();
        // One upload of a type and title at a time per case, so two versions never get the same number.
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?), ?)", caseFile.caseType() + "/" + type.name(),
                (int) caseFile.caseId());
        int version = documents.latestVersion(caseFile.caseType(), caseFile.caseId(), type, title) + 1;
        CaseDocument document = documents.saveAndFlush(new CaseDocument(caseFile, type, title, version, file,
                generated, userId, now));
        jdbc.update("insert into case_document_content (document_id, content) values (?, ?)", document.getId(),
                file.content());
        audit(caseFile, generated ? "case-document-generated" : "case-document-uploaded", userId, now, document);
        return document;
    }

    private static String title(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty()) {
            throw new UploadRefusedException("casefile.document.title.required");
        }
        if (stripped.length() > MAX_TITLE) {
            throw new UploadRefusedException("casefile.document.title.too-long");
        }
        return stripped;
    }

    private void audit(CaseFile caseFile, String action, String userId, Instant at, CaseDocument document) {
        events.publishEvent(new CaseEvent(caseFile.caseType(), caseFile.caseId(), action, userId, at,
                "document %d %s v%d sha256 %s".formatted(document.getId(), document.getDocumentType(),
                        document.getVersion(), document.getSha256())));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
