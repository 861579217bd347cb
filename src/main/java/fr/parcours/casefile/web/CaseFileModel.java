package fr.parcours.casefile.web;

import fr.parcours.casefile.CaseDocument;
import fr.parcours.casefile.CaseDocuments;
import fr.parcours.casefile.CaseFile;
import fr.parcours.casefile.CaseFiles;
import fr.parcours.casefile.CaseNote;
import fr.parcours.casefile.CaseNotes;
import fr.parcours.casefile.DocumentType;
import fr.parcours.identity.CurrentUser;
import fr.parcours.identity.Groups;
import fr.parcours.identity.UserNames;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a case file's page and fragments in one place, so that a form shown again with its errors
 * misses nothing: the case (checked against the user's scope, 404 outside), its notes and documents with their
 * authors' names, and what the user may do there.
 */
@Component
class CaseFileModel {

    /** The roles that work cases and so write in their files; auditors read them. */
    private static final List<String> WRITERS =
            List.of(Groups.DLA_OFFICERS, Groups.COORDINATORS, Groups.FACILITATORS, Groups.ADMINS);

    private final CaseFiles caseFiles;
    private final CaseNotes notes;
    private final CaseDocuments documents;
    private final UserNames userNames;
    private final Clock clock;

    CaseFileModel(CaseFiles caseFiles, CaseNotes notes, CaseDocuments documents, UserNames userNames, Clock clock) {
        this.caseFiles = caseFiles;
        this.notes = notes;
        this.documents = documents;
        this.userNames = userNames;
        this.clock = clock;
    }

    CaseFile notes(String kind, long id, Authentication authentication, Model model) {
        CaseFile caseFile = caseFiles.open(kind, id, authentication.getName());
        List<CaseNote> thread = withNotes(caseFile, model);
        common(caseFile, authentication, model, thread.stream().map(CaseNote::getAuthorId));
        return caseFile;
    }

    CaseFile documents(String kind, long id, Authentication authentication, Model model) {
        CaseFile caseFile = caseFiles.open(kind, id, authentication.getName());
        List<CaseDocument> list = withDocuments(caseFile, model);
        common(caseFile, authentication, model, list.stream().map(CaseDocument::getUploadedBy));
        return caseFile;
    }

    /** Both, for the case file's own page. */
    void page(String kind, long id, Authentication authentication, Model model) {
        CaseFile caseFile = caseFiles.open(kind, id, authentication.getName());
        List<CaseNote> thread = withNotes(caseFile, model);
        List<CaseDocument> list = withDocuments(caseFile, model);
        common(caseFile, authentication, model, Stream.concat(thread.stream().map(CaseNote::getAuthorId),
                list.stream().map(CaseDocument::getUploadedBy)));
    }

    private List<CaseNote> withNotes(CaseFile caseFile, Model model) {
        List<CaseNote> thread = notes.thread(caseFile);
        model.addAttribute("notes", thread);
        model.addAttribute("now", clock.instant());
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new NoteFormData());
        }
        return thread;
    }

    private List<CaseDocument> withDocuments(CaseFile caseFile, Model model) {
        List<CaseDocument> list = documents.list(caseFile);
        model.addAttribute("documents", list);
        model.addAttribute("documentTypes", DocumentType.uploadable());
        model.addAttribute("openTasks", documents.openTasks(caseFile));
        model.addAttribute("maxMegabytes", documents.maxSize().toMegabytes());
        if (!model.containsAttribute("uploadForm")) {
            model.addAttribute("uploadForm", new UploadFormData());
        }
        return list;
    }

    private void common(CaseFile caseFile, Authentication authentication, Model model, Stream<String> people) {
        CurrentUser user = CurrentUser.of(authentication);
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("names", userNames.of(people.toList()));
        model.addAttribute("mayWrite", WRITERS.stream().anyMatch(user::isIn));
        model.addAttribute("isAdmin", user.isIn(Groups.ADMINS));
        model.addAttribute("viewer", user.id());
    }
}
