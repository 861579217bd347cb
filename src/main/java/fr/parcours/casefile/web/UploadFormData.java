package fr.parcours.casefile.web;

import fr.parcours.casefile.CaseDocuments;
import fr.parcours.casefile.DocumentType;
import fr.parcours.casefile.DocumentUpload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;

/** A document to upload: its type, its title (same type and title: a new version), an optional task, the file. */
public class UploadFormData {

    @NotNull
    private DocumentType type;
    @NotBlank
    @Size(max = CaseDocuments.MAX_TITLE)
    private String title;
    private String taskId;
    private MultipartFile file;

    DocumentUpload toUpload() throws IOException {
        return new DocumentUpload(type, title, taskId, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
