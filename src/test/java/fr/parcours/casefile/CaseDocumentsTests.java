package fr.parcours.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.parcours.dla.Accompaniment;
import fr.parcours.identity.DemoUsers;
import fr.parcours.support.Logins;
import fr.parcours.support.ParcoursIntegrationTest;
import fr.parcours.support.Scenario;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads to a case file: the type is read from the content (a renamed executable stays an executable), 20 MB at
 * most, never empty, a hostile name made harmless, versions kept, the SHA-256 in the audit trail; downloads checked
 * against the case's scope (404 elsewhere), allowed to auditors and logged.
 */
@ParcoursIntegrationTest
class CaseDocumentsTests {

    private static final String OFFICER = DemoUsers.OFFICER_NICE;

    @Autowired
    MockMvc mvc;
    @Autowired
    Logins logins;
    @Autowired
    Scenario scenario;
    @Autowired
    CaseDocuments documents;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anOfficerUploadsASignedPvItsFingerprintIsAuditedAndTheAuditorDownloadsIt() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        byte[] pdf = SampleFiles.pdf("PV signé du comité");

        upload(accompaniment, "SIGNED_PV", "PV signé", "pv-signé.pdf", pdf).andExpect(status().is3xxRedirection());

        Map<String, Object> row = jdbc.queryForMap("select id, media_type, sha256, version, file_name, size_bytes"
                + " from case_document where case_type = 'ACCOMPANIMENT' and case_id = ?", accompaniment.getId());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(row).containsEntry("media_type", "application/pdf").containsEntry("sha256", sha256)
                .containsEntry("version", 1).containsEntry("file_name", "pv-signé.pdf")
                .containsEntry("size_bytes", (long) pdf.length);
        long id = (Long) row.get("id");
        assertThat(jdbc.queryForObject("select details from audit_record where action = 'case-document-uploaded'"
                + " and case_id = ?", String.class, accompaniment.getId()))
                .isEqualTo("document " + id + " SIGNED_PV v1 sha256 " + sha256);

        MvcResult download = mvc.perform(get("/case-files/cases/{c}/documents/{d}", accompaniment.getId(), id)
                        .with(logins.as(DemoUsers.AUDITOR)))
                .andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''pv-sign%C3%A9.pdf");
        assertThat(jdbc.queryForList("select actor from audit_record where action = 'case-document-downloaded'"
                + " and case_id = ?", String.class, accompaniment.getId())).containsExactly(DemoUsers.AUDITOR);

        mvc.perform(get("/case-files/cases/{c}/documents", accompaniment.getId()).with(logins.as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PV signé")))
                .andExpect(content().string(containsString("Camille Roux")));
    }

    @Test
    void everyAcceptedTypeIsKeptWithTheTypeFoundInItsContent() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("application/pdf", SampleFiles.pdf("Proposition"));
        files.put("application/vnd.oasis.opendocument.text", SampleFiles.odt());
        files.put("application/vnd.oasis.opendocument.spreadsheet", SampleFiles.ods());
        files.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", SampleFiles.docx());
        files.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SampleFiles.xlsx());
        files.put("image/png", SampleFiles.png());
        files.put("image/jpeg", SampleFiles.jpeg());
        int n = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            // The name says nothing true: the content decides.
            upload(accompaniment, "PROPOSAL", "Proposition " + n++, "fichier.bin", file.getValue())
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForList("select media_type from case_document where case_id = ?"
                + " and case_type = 'ACCOMPANIMENT' order by id", String.class, accompaniment.getId()))
                .containsExactlyElementsOf(files.keySet());
        assertThat(jdbc.queryForList("select file_name from case_document where case_id = ?"
                + " and case_type = 'ACCOMPANIMENT' order by id", String.class, accompaniment.getId()))
                .containsExactly("fichier.bin.pdf", "fichier.bin.odt", "fichier.bin.ods", "fichier.bin.docx",
                        "fichier.bin.xlsx", "fichier.bin.png", "fichier.bin.jpg");
    }

    @Test
    void refusedTypesEvenRenamedAreFieldErrorsAndNothingIsStored() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put("rapport.pdf", SampleFiles.windowsExecutable());
        refused.put("facture.docx", SampleFiles.linuxExecutable());
        refused.put("page.pdf", SampleFiles.html());
        refused.put("archive.docx", SampleFiles.plainZip());
        refused.put("notes.odt", "Du texte, simplement.".getBytes());
        for (Map.Entry<String, byte[]> file : refused.entrySet()) {
            upload(accompaniment, "END_REPORT", "Rapport", file.getKey(), file.getValue())
                    .andExpect(status().isOk()).andExpect(view().name("casefile/case-file"))
                    .andExpect(model().attributeHasFieldErrorCode("uploadForm", "file",
                            "casefile.document.file.refused-type"))
                    .andExpect(content().string(containsString("pas accepté : PDF, ODT")));
        }
        assertNothingStored(accompaniment);
    }

    @Test
    void anEmptyFileAFileOver20MbAndAMissingTitleOrTypeAreRefused() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        upload(accompaniment, "SIGNED_PV", "PV", "vide.pdf", new byte[0])
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("uploadForm", "file", "casefile.document.file.empty"));
        byte[] tooBig = new byte[20 * 1024 * 1024 + 1];
        byte[] start = SampleFiles.pdf("Gros");
        System.arraycopy(start, 0, tooBig, 0, start.length);
        upload(accompaniment, "SIGNED_PV", "PV", "gros.pdf", tooBig)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("uploadForm", "file", "casefile.document.file.too-large"))
                .andExpect(content().string(containsString("Ce fichier dépasse 20 Mo")));
        upload(accompaniment, "SIGNED_PV", " ", "pv.pdf", SampleFiles.pdf("PV"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("uploadForm", "title"));
        upload(accompaniment, "", "PV", "pv.pdf", SampleFiles.pdf("PV"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("uploadForm", "type"));
        upload(accompaniment, "SELECTION_PV", "PV", "pv.pdf", SampleFiles.pdf("PV"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("uploadForm", "file"));
        mvc.perform(multipart("/case-files/cases/{id}/documents", accompaniment.getId()).param("type", "SIGNED_PV")
                        .param("title", "PV").header("HX-Request", "true").with(logins.as(OFFICER)).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("casefile/documents :: list"))
                .andExpect(content().string(containsString("Choisissez un fichier non vide.")));
        assertNothingStored(accompaniment);
    }

    @Test
    void aHostileFileNameIsMadeHarmlessAndTheDownloadHeaderStaysWellFormed() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        String hostile = "..\\..//etc/\u0000passwd\r\nX-Injected: oui\"; \u202Efdp.exe<script>" + "a".repeat(300) + ".pdf";

        upload(accompaniment, "ORDER_FORM", "Bon de commande", hostile, SampleFiles.pdf("Bon"))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> row = jdbc.queryForMap("select id, file_name from case_document where case_id = ?"
                + " and case_type = 'ACCOMPANIMENT'", accompaniment.getId());
        String name = (String) row.get("file_name");
        assertThat(name).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH).endsWith(".pdf")
                .doesNotContain("/", "\\", "\r", "\n", "\u0000", "\u202E", "\"", "<", ">", "..");
        MvcResult download = mvc.perform(get("/case-files/cases/{c}/documents/{d}", accompaniment.getId(),
                row.get("id")).with(logins.as(OFFICER))).andExpect(status().isOk()).andReturn();
        String disposition = download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).doesNotContain("\r", "\n", "X-Injected: oui\"");
        assertThat(download.getResponse().getHeader("X-Injected")).isNull();
        assertThat(FileNames.safe("/", "pdf")).isEqualTo("document.pdf");
        assertThat(FileNames.safe(".htaccess", "png")).isEqualTo("htaccess.png");
    }

    @Test
    void theSameTypeAndTitleMakeANewVersionAndEveryVersionIsKept() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        upload(accompaniment, "SPECIFICATIONS", "Cahier des charges", "cdc-v1.pdf", SampleFiles.pdf("v1"))
                .andExpect(status().is3xxRedirection());
        upload(accompaniment, "SPECIFICATIONS", "cahier des charges ", "cdc-v2.pdf", SampleFiles.pdf("v2"))
                .andExpect(status().is3xxRedirection());
        upload(accompaniment, "PROPOSAL", "Cahier des charges", "autre.pdf", SampleFiles.pdf("autre"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("select document_type || ' ' || version || ' ' || file_name from case_document"
                + " where case_id = ? and case_type = 'ACCOMPANIMENT' order by id", String.class, accompaniment.getId()))
                .containsExactly("SPECIFICATIONS 1 cdc-v1.pdf", "SPECIFICATIONS 2 cdc-v2.pdf", "PROPOSAL 1 autre.pdf");
        assertThat(jdbc.queryForObject("select count(*) from case_document_content c join case_document d"
                + " on d.id = c.document_id where d.case_id = ? and d.case_type = 'ACCOMPANIMENT'", Integer.class,
                accompaniment.getId())).isEqualTo(3);
    }

    @Test
    void aDocumentCanBeAttachedToAnOpenTaskOfItsCaseOnly() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        Task task = taskService.createTaskQuery().processInstanceId(accompaniment.getProcessInstanceId()).list().get(0);
        Accompaniment other = scenario.openInNice();
        Task otherTask = taskService.createTaskQuery().processInstanceId(other.getProcessInstanceId()).list().get(0);

        mvc.perform(multipart("/case-files/cases/{id}/documents", accompaniment.getId())
                        .file(new MockMultipartFile("file", "pv.pdf", "application/pdf", SampleFiles.pdf("PV")))
                        .param("type", "SIGNED_PV").param("title", "PV").param("taskId", otherTask.getId())
                        .with(logins.as(OFFICER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("uploadForm", "taskId", "casefile.document.task.unknown"));
        assertNothingStored(accompaniment);

        mvc.perform(multipart("/case-files/cases/{id}/documents", accompaniment.getId())
                        .file(new MockMultipartFile("file", "pv.pdf", "application/pdf", SampleFiles.pdf("PV")))
                        .param("type", "SIGNED_PV").param("title", "PV").param("taskId", task.getId())
                        .with(logins.as(OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select task_id, task_name from case_document where case_id = ?"
                + " and case_type = 'ACCOMPANIMENT'", accompaniment.getId()))
                .containsEntry("task_id", task.getId()).containsEntry("task_name", task.getName());
    }

    @Test
    void downloadsAndUploadsOutsideTheScopeAre404AndConsultantsAre403() throws Exception {
        Accompaniment accompaniment = scenario.openInNice();
        CaseDocument document = scenario.as(OFFICER, () -> documents.upload("cases", accompaniment.getId(),
                new DocumentUpload(DocumentType.SIGNED_PV, "PV", null, "pv.pdf", SampleFiles.pdf("PV")), OFFICER));
        Accompaniment other = scenario.openInNice();

        mvc.perform(get("/case-files/cases/{c}/documents/{d}", accompaniment.getId(), document.getId())
                .with(logins.as(DemoUsers.OFFICER_LILLE))).andExpect(status().isNotFound());
        mvc.perform(get("/case-files/cases/{c}/documents/{d}", other.getId(), document.getId())
                .with(logins.as(OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/case-files/cases/{c}/documents/{d}", accompaniment.getId(), document.getId())
                .with(logins.as(DemoUsers.CONSULTANT))).andExpect(status().isForbidden());
        mvc.perform(get("/case-files/cases/{c}/documents", accompaniment.getId())
                .with(logins.as(DemoUsers.OFFICER_LILLE))).andExpect(status().isNotFound());
        mvc.perform(multipart("/case-files/cases/{id}/documents", accompaniment.getId())
                        .file(new MockMultipartFile("file", "pv.pdf", "application/pdf", SampleFiles.pdf("PV")))
                        .param("type", "SIGNED_PV").param("title", "PV").with(logins.as(DemoUsers.OFFICER_LILLE))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/case-files/cases/{id}/documents", accompaniment.getId())
                        .file(new MockMultipartFile("file", "pv.pdf", "application/pdf", SampleFiles.pdf("PV")))
                        .param("type", "SIGNED_PV").param("title", "PV").with(logins.as(DemoUsers.AUDITOR))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from case_document where case_id = ? and"
                + " case_type = 'ACCOMPANIMENT'", Integer.class, accompaniment.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'case-document-downloaded'"
                + " and case_id = ?", Integer.class, accompaniment.getId())).isZero();
    }

    @Test
    void anUploadRollsBackWithItsTransactionBytesAndAuditRecordIncluded() {
        Accompaniment accompaniment = scenario.openInNice();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            scenario.as(OFFICER, () -> documents.upload("cases", accompaniment.getId(), new DocumentUpload(
                    DocumentType.SIGNED_PV, "PV", null, "pv.pdf", SampleFiles.pdf("PV")), OFFICER));
            throw new IllegalStateException("the caller fails afterwards");
        })).isInstanceOf(IllegalStateException.class);
        assertNothingStored(accompaniment);
    }

    private ResultActions upload(Accompaniment accompaniment, String type, String title, String fileName,
                                 byte[] content) throws Exception {
        return mvc.perform(multipart("/case-files/cases/{id}/documents", accompaniment.getId())
                .file(new MockMultipartFile("file", fileName, "application/pdf", content))
                .param("type", type).param("title", title).with(logins.as(OFFICER)).with(csrf()));
    }

    private void assertNothingStored(Accompaniment accompaniment) {
        assertThat(jdbc.queryForObject("select count(*) from case_document where case_id = ? and"
                + " case_type = 'ACCOMPANIMENT'", Integer.class, accompaniment.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action like 'case-document%'"
                + " and case_id = ? and case_type = 'ACCOMPANIMENT'", Integer.class, accompaniment.getId())).isZero();
    }
}
