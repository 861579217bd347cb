package fr.parcours.council.cycles;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An action decided by the council itself at a meeting; the facilitator only follows it up and supports it. */
@Entity
@Table(name = "council_action")
public class CouncilAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private String decision;
    private String owner;

    @Enumerated(EnumType.STRING)
    private SupportNeeded support = SupportNeeded.NONE;

    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.DECIDED;

    private LocalDate doneOn;

    protected CouncilAction() {
    }

    CouncilAction(long meetingId, String decision) {
        this.meetingId = meetingId;
        this.decision = decision;
    }

    void follow(ActionUpdate update) {
        this.owner = update.owner();
        this.support = update.support();
        this.status = update.status();
        this.doneOn = update.status() == ActionStatus.DONE ? update.doneOn() : null;
    }

    public boolean isOpen() {
        return status == ActionStatus.DECIDED || status == ActionStatus.IN_PROGRESS;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getDecision() {
        return decision;
    }

    public String getOwner() {
        return owner;
    }

    public SupportNeeded getSupport() {
        return support;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
