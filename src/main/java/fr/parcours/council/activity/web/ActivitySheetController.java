package fr.parcours.council.activity.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The facilitator's activity-reporting sheet (hours and actions per axis over a period) and its printable
 * version. Facilitators read their own, coordinators their region's facilitators'; anyone else's is a 404.
 */
@Controller
@RequestMapping("/councils/activity")
class ActivitySheetController {

    private final ActivitySheetRequest request;

    ActivitySheetController(ActivitySheetRequest request) {
        this.request = request;
    }

    @GetMapping
    String sheet(@RequestParam(required = false) String facilitator,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 Authentication authentication, Model model) {
        request.load(facilitator, from, to, authentication.getName(), model);
        return "council/activity";
    }

    /** The same sheet on a page of its own, without navigation, laid out for paper. */
    @GetMapping("/print")
    String print(@RequestParam(required = false) String facilitator,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 Authentication authentication, Model model) {
        request.require(facilitator, from, to, authentication.getName(), model);
        return "council/activity-print";
    }
}
