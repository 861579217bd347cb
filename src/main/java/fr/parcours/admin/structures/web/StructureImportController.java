package fr.parcours.admin.structures.web;

import fr.parcours.admin.structures.PendingImport;
import fr.parcours.admin.structures.StructureImports;
import fr.parcours.admin.structures.web.StructureCsv.Column;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.casework.CsvExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulk import of structures: the administrator uploads the CSV, reads the preview (every line's errors, or
 * what will be imported), then confirms; nothing is saved before the confirmation, and nothing at all if a line
 * is wrong. The upload is kept in the database between the two steps, not in the HTTP session.
 */
@Controller
@RequestMapping("/admin/structures/import")
class StructureImportController {

    static final String PREVIEW = "admin/structures/preview";
    /** The preview lists this many of the structures to import. */
    static final int SAMPLE = 20;

    private final StructureImports imports;
    private final StructureCsvCheck check;

    StructureImportController(StructureImports imports, StructureCsvCheck check) {
        this.imports = imports;
        this.check = check;
    }

    @GetMapping
    String upload(Model model) {
        model.addAttribute("columns", Column.values());
        return "admin/structures/import";
    }

    @GetMapping(value = "/template", produces = "text/csv")
    ResponseEntity<byte[]> template() throws IOException {
        StringBuilder csv = new StringBuilder();
        try (CsvExport export = CsvExport.to(csv, Arrays.stream(Column.values()).map(c -> c.header).toList())) {
            export.row("Association Exemple Médiation", "73282932000074", "Association", "88.99B", "12", "oui", "06",
                    "Nice", "Médiation sociale", "2");
        }
        return CsvExport.attachment("modele-structures.csv", csv);
    }

    /** No file, or an empty one: the upload form again, answered 400. */
    @PostMapping
    String receive(@RequestParam(name = "file", required = false) MultipartFile file, Authentication authentication,
                   Model model, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("columns", Column.values());
            model.addAttribute("fileError", "admin.import.no-file");
            return "admin/structures/import";
        }
        UUID id = imports.upload(file.getOriginalFilename(), file.getBytes(), authentication.getName());
        return "redirect:/admin/structures/import/" + id;
    }

    @GetMapping("/{id}")
    String preview(@PathVariable String id, Authentication authentication, Locale locale, Model model) {
        PendingImport upload = imports.pending(uuid(id), authentication.getName());
        return showPreview(upload, check.check(upload.getContent(), locale), model);
    }

    /** Reads the stored upload again: what is imported is exactly what the preview showed, checked once more. */
    @PostMapping("/{id}")
    String confirm(@PathVariable String id, Authentication authentication, Locale locale, Model model,
                   RedirectAttributes redirect) {
        PendingImport upload = imports.pending(uuid(id), authentication.getName());
        StructureCsvCheck.Checked checked = check.check(upload.getContent(), locale);
        if (!checked.valid()) {
            return showPreview(upload, checked, model);
        }
        int count = imports.confirm(upload.getId(), checked.structures(), authentication.getName());
        redirect.addFlashAttribute("imported", count);
        return "redirect:/admin/structures";
    }

    /** An id that is not one names no upload: 404, like an unknown one. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new CaseNotFoundException(id);
        }
    }

    private String showPreview(PendingImport upload, StructureCsvCheck.Checked checked, Model model) {
        model.addAttribute("upload", upload);
        model.addAttribute("checked", checked);
        model.addAttribute("sample", checked.structures().stream().limit(SAMPLE).toList());
        return PREVIEW;
    }
}
