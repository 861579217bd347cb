package fr.parcours.notification.web;

import fr.parcours.notification.MailStatus;
import fr.parcours.notification.OutboxOverview;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The mail outbox for administrators (SecurityConfiguration guards /admin/**): each mail's state and text. */
@Controller
class OutboxController {

    private final OutboxOverview outbox;

    OutboxController(OutboxOverview outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model) {
        model.addAttribute("mails", outbox.latest());
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("statuses", List.of(MailStatus.values()));
        model.addAttribute("zone", ZoneId.of("Europe/Paris"));
        return "notification/outbox";
    }
}
