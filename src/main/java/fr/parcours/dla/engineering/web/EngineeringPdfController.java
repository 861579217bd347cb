package fr.parcours.dla.engineering.web;

import fr.parcours.audit.CaseEvent;
import fr.parcours.casefile.CaseDocuments;
import fr.parcours.casefile.DocumentType;
import fr.parcours.casefile.PdfSheet;
import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.dla.Accompaniment;
import fr.parcours.dla.AccompanimentService;
import fr.parcours.dla.engineering.ConsultantCandidate;
import fr.parcours.dla.engineering.SelectionSummaries;
import fr.parcours.dla.engineering.SelectionSummary;
import fr.parcours.identity.Scopes;
import fr.parcours.selection.NoticeOutcome;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An ingénierie's cahier des charges and its consultant-selection PV as PDFs, kept as documents of the case: once
 * written (specifications) and once the choice is validated (PV); 404 before, and for a mission of another case.
 */
@Controller
class EngineeringPdfController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AccompanimentService accompaniments;
    private final SelectionSummaries summaries;
    private final CaseDocuments documents;
    private final Scopes scopes;
    private final MessageSource messages;

    EngineeringPdfController(AccompanimentService accompaniments, SelectionSummaries summaries,
                             CaseDocuments documents, Scopes scopes, MessageSource messages) {
        this.accompaniments = accompaniments;
        this.summaries = summaries;
        this.documents = documents;
        this.scopes = scopes;
        this.messages = messages;
    }

    @PostMapping("/dla/accompaniments/{id}/missions/{missionId}/specifications.pdf")
    String specifications(@PathVariable long id, @PathVariable long missionId, Authentication authentication,
                          RedirectAttributes redirect) {
        Accompaniment accompaniment = accompaniments.visibleTo(id, scopes.of(authentication.getName()));
        SelectionSummary summary = mission(id, missionId);
        if (summary.mission().getBudgetCap() == null) {
            throw new CaseNotFoundException(missionId);
        }
        String title = french("casefile.pdf.specifications.title", summary.axisTitle());
        PdfSheet sheet = specificationsOf(PdfSheet.titled(title, subtitle(accompaniment)), summary);
        documents.storeGenerated(CaseEvent.ACCOMPANIMENT, id, DocumentType.SPECIFICATIONS, title,
                "cahier-des-charges-" + missionId, sheet.toBytes(), authentication.getName());
        redirect.addFlashAttribute("success", "casefile.pdf.generated");
        return "redirect:/dla/accompaniments/" + id;
    }

    @PostMapping("/dla/accompaniments/{id}/missions/{missionId}/selection-pv.pdf")
    String selectionPv(@PathVariable long id, @PathVariable long missionId, Authentication authentication,
                       RedirectAttributes redirect) {
        Accompaniment accompaniment = accompaniments.visibleTo(id, scopes.of(authentication.getName()));
        SelectionSummary summary = mission(id, missionId);
        if (summary.choice() == null || summary.getChosen() == null) {
            throw new CaseNotFoundException(missionId);
        }
        String title = french("casefile.pdf.selection-pv.title", summary.axisTitle());
        PdfSheet sheet = specificationsOf(PdfSheet.titled(title, subtitle(accompaniment)), summary);
        sheet.heading(french("engineering.section.preselected"))
                .table(List.of(french("engineering.consultant"), french("casefile.pdf.selection-pv.proposal"),
                                french("engineering.score.total", 70), french("engineering.section.notice")),
                        summary.candidates().stream().map(candidate -> row(summary, candidate)).toList(), 3, 3, 1.2f, 1.5f)
                .heading(french("engineering.section.choice"))
                .line(french("engineering.section.chosen"), summary.getChosen().getOrganisation().getName())
                .line(french("casefile.pdf.selection-pv.decided-on"), summary.choice().getDecidedOn().format(DAY))
                .line(french("casefile.pdf.selection-pv.decided-by"), summary.choice().getDecidedBy())
                .heading(french("engineering.choice.minutes"))
                .paragraph(summary.choice().getMinutes())
                .signatures(List.of(french("casefile.pdf.sign.officer"), french("casefile.pdf.sign.structure")));
        documents.storeGenerated(CaseEvent.ACCOMPANIMENT, id, DocumentType.SELECTION_PV, title,
                "pv-choix-prestataire-" + missionId, sheet.toBytes(), authentication.getName());
        redirect.addFlashAttribute("success", "casefile.pdf.generated");
        return "redirect:/dla/accompaniments/" + id;
    }

    private SelectionSummary mission(long accompanimentId, long missionId) {
        return summaries.of(accompanimentId).stream().filter(summary -> summary.mission().getId() == missionId)
                .findFirst().orElseThrow(() -> new CaseNotFoundException(missionId));
    }

    private PdfSheet specificationsOf(PdfSheet sheet, SelectionSummary summary) {
        return sheet.heading(french("engineering.section.specifications"))
                .line(french("casefile.pdf.axis"), summary.axisTitle())
                .line(french("engineering.objectives"), null).paragraph(summary.mission().getObjectives())
                .line(french("engineering.deliverables"), null).paragraph(summary.mission().getDeliverables())
                .line(french("engineering.planned-days"), french("engineering.days-value", summary.mission().getPlannedDays()))
                .line(french("engineering.budget-cap"), french("engineering.euros", summary.mission().getBudgetCap()));
    }

    private List<String> row(SelectionSummary summary, ConsultantCandidate candidate) {
        NoticeOutcome notice = summary.noticeByOrganisation().get(candidate.getOrganisation().getId());
        String proposal = Boolean.FALSE.equals(candidate.getProposalReceived()) || candidate.getProposalAmount() == null
                ? french("engineering.proposal.none")
                : french("engineering.euros", candidate.getProposalAmount());
        return List.of(candidate.getOrganisation().getName(), proposal,
                candidate.getTotalScore() == null ? "" : candidate.getTotalScore().toString(),
                notice == null ? "" : french("engineering.notice." + notice));
    }

    private String subtitle(Accompaniment accompaniment) {
        return french("casefile.pdf.case", accompaniment.getOrganisation().getName(), accompaniment.getBusinessKey());
    }

    private String french(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }
}
