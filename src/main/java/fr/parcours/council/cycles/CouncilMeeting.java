package fr.parcours.council.cycles;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A council meeting: prepared with the council, then held (attendance, minutes, expectations) or cancelled. */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long cycleId;
    private LocalDate plannedOn;
    private String agenda;
    private boolean invitationsSent;
    private String room;
    /** Null while the meeting is still to come. */
    private Boolean held;
    private String cancelReason;
    private String minutes;
    private String expectations;
    private String recordedBy;

    @ElementCollection
    @CollectionTable(name = "council_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_id")
    private Set<Long> attendeeIds = new HashSet<>();

    protected CouncilMeeting() {
    }

    CouncilMeeting(long cycleId, MeetingPreparation preparation) {
        this.cycleId = cycleId;
        this.plannedOn = preparation.plannedOn();
        this.agenda = preparation.agenda();
        this.invitationsSent = preparation.invitationsSent();
        this.room = preparation.room();
        this.recordedBy = preparation.recordedBy();
    }

    void recordHeld(MeetingReport report) {
        this.held = true;
        this.attendeeIds = new HashSet<>(report.presentMemberIds());
        this.minutes = report.minutes();
        this.expectations = report.expectations();
        this.recordedBy = report.recordedBy();
    }

    void recordCancelled(MeetingReport report) {
        this.held = false;
        this.cancelReason = report.cancelReason();
        this.recordedBy = report.recordedBy();
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getAgenda() {
        return agenda;
    }

    public boolean isInvitationsSent() {
        return invitationsSent;
    }

    public String getRoom() {
        return room;
    }

    public Boolean getHeld() {
        return held;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getExpectations() {
        return expectations;
    }

    public Set<Long> getAttendeeIds() {
        return attendeeIds;
    }
}
