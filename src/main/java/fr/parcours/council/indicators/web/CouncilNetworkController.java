package fr.parcours.council.indicators.web;

import fr.parcours.casework.CsvExport;
import fr.parcours.council.indicators.CouncilFigures;
import fr.parcours.council.indicators.CouncilNetworkIndicators;
import fr.parcours.council.indicators.CouncilNetworkView;
import fr.parcours.council.indicators.IndicatorPeriod;
import fr.parcours.identity.Scopes;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Indicators across the councils within the user's reach, over a period, and their CSV export for funders
 * (French headers, semicolons, UTF-8 with a byte-order mark, as the attendance record's).
 */
@Controller
class CouncilNetworkController {

    private static final List<String> COLUMNS = List.of("council", "meetings-held", "resident-women", "resident-men",
            "resident-other", "actor-women", "actor-men", "actor-other", "attendances", "contacts", "new-members",
            "actions-decided", "actions-done", "logistic-support", "administrative-support");

    private final CouncilNetworkIndicators indicators;
    private final Scopes scopes;
    private final MessageSource messages;
    private final Clock clock;

    CouncilNetworkController(CouncilNetworkIndicators indicators, Scopes scopes, MessageSource messages, Clock clock) {
        this.indicators = indicators;
        this.scopes = scopes;
        this.messages = messages;
        this.clock = clock;
    }

    /** The current year unless the request names the first day, the last day or both. */
    @ModelAttribute("period")
    PeriodFormData period() {
        return PeriodFormData.yearOf(LocalDate.now(clock));
    }

    /** A wrong period is shown back with its errors, beside the current year's figures. */
    @GetMapping("/councils/indicators")
    String show(@Valid @ModelAttribute("period") PeriodFormData form, BindingResult errors,
                Authentication authentication, Model model) {
        form.validate(errors);
        IndicatorPeriod period = errors.hasErrors() ? IndicatorPeriod.yearOf(LocalDate.now(clock)) : form.toPeriod();
        model.addAttribute("view", view(period, authentication));
        return "council/indicators";
    }

    @GetMapping("/councils/indicators.csv")
    ResponseEntity<byte[]> export(@Valid @ModelAttribute("period") PeriodFormData form, BindingResult errors,
                                  Authentication authentication) throws IOException {
        form.validate(errors);
        if (errors.hasErrors()) {
            return ResponseEntity.badRequest().build();
        }
        CouncilNetworkView view = view(form.toPeriod(), authentication);
        StringWriter csv = new StringWriter();
        try (CsvExport printer = CsvExport.to(csv, COLUMNS.stream().map(column -> french("council-network.csv." + column)).toList())) {
            for (CouncilFigures row : view.rows()) {
                printer.row(values(row.name(), row));
            }
            printer.row(values(french("council-network.totals"), view.totals()));
        }
        String name = "indicateurs-conseils-%s-%s.csv".formatted(form.getFrom(), form.getTo());
        return CsvExport.attachment(name, csv.toString());
    }

    private CouncilNetworkView view(IndicatorPeriod period, Authentication authentication) {
        String userId = authentication.getName();
        return indicators.of(period, userId, scopes.of(userId));
    }

    private static Stream<Object> values(String name, CouncilFigures f) {
        return Stream.of(name, f.meetingsHeld(), f.residentWomen(), f.residentMen(), f.residentOther(),
                f.actorWomen(), f.actorMen(), f.actorOther(), f.attendances(), f.contactsMade(), f.newMembers(),
                f.actionsDecided(), f.actionsDone(), f.logisticSupport(), f.administrativeSupport());
    }

    private String french(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }
}
