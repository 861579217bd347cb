package fr.parcours.casefile;

/**
 * A file a person uploads to a case, optionally from one of its open tasks ({@code taskId} null otherwise), as
 * received: its name and bytes are checked by {@link CaseDocuments#upload}, not trusted.
 */
public record DocumentUpload(DocumentType type, String title, String taskId, String originalName, byte[] content) {
}
