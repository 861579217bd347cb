package fr.parcours.council.activity.web;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.activity.ActivitySheet;
import fr.parcours.council.activity.CouncilActivities;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Reads the sheet asked for by the page, its printable version and its export: the facilitator chosen (by
 * default the user, or the first of those they may read) and the period (by default the current month).
 */
@Component
class ActivitySheetRequest {

    private final CouncilActivities activities;
    private final Scopes scopes;
    private final Clock clock;

    ActivitySheetRequest(CouncilActivities activities, Scopes scopes, Clock clock) {
        this.activities = activities;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The sheet, or empty when the user may read no facilitator's sheet at all. */
    Optional<ActivitySheet> load(String facilitator, LocalDate from, LocalDate to, String userId, Model model) {
        UserScope scope = scopes.of(userId);
        Map<String, String> facilitators = activities.facilitatorsFor(userId, scope);
        LocalDate start = from != null ? from : LocalDate.now(clock).withDayOfMonth(1);
        LocalDate end = to != null ? to : start.with(TemporalAdjusters.lastDayOfMonth());
        if (end.isBefore(start)) {
            // A period typed the wrong way round is read the right way round.
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        model.addAttribute("facilitators", facilitators);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        String chosen = facilitator != null && !facilitator.isBlank() ? facilitator
                : facilitators.containsKey(userId) ? userId
                : facilitators.keySet().stream().findFirst().orElse(null);
        if (chosen == null) {
            return Optional.empty();
        }
        ActivitySheet sheet = activities.sheet(chosen, start, end, userId, scope);
        model.addAttribute("sheet", sheet);
        return Optional.of(sheet);
    }

    ActivitySheet require(String facilitator, LocalDate from, LocalDate to, String userId, Model model) {
        return load(facilitator, from, to, userId, model).orElseThrow(() -> new CaseNotFoundException(userId));
    }
}
