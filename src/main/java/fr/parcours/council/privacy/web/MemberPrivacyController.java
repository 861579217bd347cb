package fr.parcours.council.privacy.web;

import fr.parcours.casework.CsvExport;
import fr.parcours.council.privacy.MemberPrivacy;
import fr.parcours.council.privacy.MemberRecord;
import fr.parcours.identity.Scopes;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's personal data on request (RGPD): a page to export it (CSV, JSON) and to erase it after confirmation. */
@Controller
@RequestMapping("/councils/{councilId}/members/{memberId}")
class MemberPrivacyController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MemberPrivacy privacy;
    private final Scopes scopes;
    private final MessageSource messages;

    MemberPrivacyController(MemberPrivacy privacy, Scopes scopes, MessageSource messages) {
        this.privacy = privacy;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping("/privacy")
    String page(@PathVariable long councilId, @PathVariable long memberId, Authentication authentication, Model model) {
        model.addAttribute("record", record(councilId, memberId, authentication));
        return "council/member-privacy";
    }

    @GetMapping(value = "/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@PathVariable long councilId, @PathVariable long memberId,
                                             Authentication authentication) {
        MemberRecord record = record(councilId, memberId, authentication);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("council", record.council().getName());
        body.put("fullName", record.member().getFullName());
        body.put("college", record.member().getCollege());
        body.put("gender", record.member().getGender());
        body.put("joinedOn", record.member().getJoinedOn());
        body.put("leftOn", record.member().getLeftOn());
        body.put("drawnByLotOn", record.draw() == null ? null : record.draw().getDrawnOn());
        body.put("meetingsAttended", record.meetingsAttended());
        body.put("steeringMeetingsAttended", record.steeringMeetingsAttended());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(memberId, "json")).body(body);
    }

    /** One line per field, then one per meeting and per steering-body meeting attended: French labels, semicolons, UTF-8 with a BOM. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long councilId, @PathVariable long memberId,
                               Authentication authentication) throws IOException {
        MemberRecord record = record(councilId, memberId, authentication);
        StringWriter csv = new StringWriter();
        try (CsvExport printer = CsvExport.to(csv, List.of(french("council.rgpd.csv.field"), french("council.rgpd.csv.value")))) {
            printer.row(french("council.rgpd.council"), record.council().getName());
            printer.row(french("council.rgpd.full-name"), record.member().getFullName());
            printer.row(french("council.rgpd.college"), french("council.college." + record.member().getCollege()));
            printer.row(french("council.rgpd.gender"), french("council.gender." + record.member().getGender()));
            printer.row(french("council.rgpd.joined-on"), day(record.member().getJoinedOn()));
            printer.row(french("council.rgpd.left-on"), day(record.member().getLeftOn()));
            if (record.draw() != null) {
                printer.row(french("council.draw.rgpd.drawn-on"), day(record.draw().getDrawnOn()));
            }
            for (LocalDate meeting : record.meetingsAttended()) {
                printer.row(french("council.rgpd.meeting-attended"), day(meeting));
            }
            for (MemberRecord.SteeringSeat seat : record.steeringMeetingsAttended()) {
                String body = seat.bodyName() != null ? seat.bodyName() : french("council.civic.body." + seat.body());
                printer.row(french("council.rgpd.steering-meeting-attended"),
                        "%s · %s · %s".formatted(day(seat.heldOn()), body, seat.subject()));
            }
        }
        return ResponseEntity.ok()
                .contentType(CsvExport.TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(memberId, "csv"))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Erasure is final: without the confirmation box ticked, nothing happens. */
    @PostMapping("/erase")
    String erase(@PathVariable long councilId, @PathVariable long memberId,
                 @RequestParam(defaultValue = "false") boolean confirmed, Authentication authentication,
                 RedirectAttributes redirect) {
        String userId = authentication.getName();
        if (!confirmed) {
            privacy.export(councilId, memberId, userId, scopes.of(userId));
            redirect.addFlashAttribute("warning", "council.rgpd.erase.unconfirmed");
            return "redirect:/councils/%d/members/%d/privacy".formatted(councilId, memberId);
        }
        privacy.erase(councilId, memberId, userId, scopes.of(userId));
        redirect.addFlashAttribute("success", "council.rgpd.erased");
        return "redirect:/councils/" + councilId;
    }

    private MemberRecord record(long councilId, long memberId, Authentication authentication) {
        String userId = authentication.getName();
        return privacy.export(councilId, memberId, userId, scopes.of(userId));
    }

    private static String attachment(long memberId, String extension) {
        return ContentDisposition.attachment().filename("donnees-membre-%d.%s".formatted(memberId, extension))
                .build().toString();
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    private String french(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
