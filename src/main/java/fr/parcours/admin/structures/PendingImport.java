package fr.parcours.admin.structures;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A structures CSV as uploaded, kept until its administrator confirms the import (or another upload purges it). */
@Entity
@Table(name = "structure_import")
public class PendingImport {

    @Id
    private UUID id;

    private String fileName;
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected PendingImport() {
    }

    PendingImport(String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.fileName = fileName;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
