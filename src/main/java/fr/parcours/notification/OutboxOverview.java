package fr.parcours.notification;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the outbox page shows administrators: the latest mails with their state, and the count per state. */
@Service
public class OutboxOverview {

    static final int SHOWN = 100;

    private final Outbox outbox;

    OutboxOverview(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(readOnly = true)
    public List<OutboxEntry> latest() {
        return outbox.recent(SHOWN);
    }

    @Transactional(readOnly = true)
    public Map<MailStatus, Long> counts() {
        return outbox.counts();
    }
}
