package fr.parcours.casefile.web;

import fr.parcours.casefile.CaseDocument;
import fr.parcours.casefile.CaseDocuments;
import fr.parcours.casefile.CaseFiles;
import fr.parcours.casefile.DocumentDownload;
import fr.parcours.casefile.UploadRefusedException;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case file's documents: the list (a fragment embedded in the case's page), an upload, a download. Outside the
 * case's scope everything is a 404; every download is in the audit trail.
 */
@Controller
@RequestMapping("/case-files/{kind}/{id}/documents")
class CaseDocumentsController {

    static final String LIST = "casefile/documents :: list";

    private final CaseFileModel caseFileModel;
    private final CaseFiles caseFiles;
    private final CaseDocuments documents;

    CaseDocumentsController(CaseFileModel caseFileModel, CaseFiles caseFiles, CaseDocuments documents) {
        this.caseFileModel = caseFileModel;
        this.caseFiles = caseFiles;
        this.documents = documents;
    }

    @GetMapping
    String list(@PathVariable String kind, @PathVariable long id, Authentication authentication, Model model) {
        caseFileModel.documents(kind, id, authentication, model);
        return LIST;
    }

    @PostMapping
    String upload(@PathVariable String kind, @PathVariable long id,
                  @Valid @ModelAttribute("uploadForm") UploadFormData form, BindingResult errors,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Authentication authentication,
                  Model model, RedirectAttributes redirect) throws IOException {
        caseFiles.open(kind, id, authentication.getName());
        if (form.getFile() == null || form.getFile().isEmpty()) {
            errors.rejectValue("file", "casefile.document.file.empty");
        }
        if (!errors.hasErrors()) {
            try {
                documents.upload(kind, id, form.toUpload(), authentication.getName());
            } catch (UploadRefusedException refused) {
                errors.rejectValue(refused.getMessageKey().contains(".task.") ? "taskId" : "file",
                        refused.getMessageKey());
            }
        }
        if (errors.hasErrors()) {
            return shown(kind, id, htmx, authentication, model);
        }
        if (htmx != null) {
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "uploadForm");
            model.addAttribute("uploadForm", new UploadFormData());
            model.addAttribute("casefileSuccess", "casefile.document.uploaded");
            return shown(kind, id, htmx, authentication, model);
        }
        redirect.addFlashAttribute("success", "casefile.document.uploaded");
        return "redirect:/case-files/" + kind + "/" + id;
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String kind, @PathVariable long id, @PathVariable long documentId,
                                    Authentication authentication) {
        DocumentDownload download = documents.download(kind, id, documentId, authentication.getName());
        CaseDocument document = download.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getMediaType()))
                .contentLength(download.content().length)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(download.content());
    }

    /** The list again (htmx), or the case file's page (a plain browser), with the form's errors if any. */
    String shown(String kind, long id, String htmx, Authentication authentication, Model model) {
        if (htmx != null) {
            caseFileModel.documents(kind, id, authentication, model);
            return LIST;
        }
        caseFileModel.page(kind, id, authentication, model);
        return CaseNotesController.PAGE;
    }
}
