package fr.parcours.council.civic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A meeting of a contrat de ville steering body where members of the council sat. */
@Entity
@Table(name = "council_steering_meeting")
public class SteeringMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long councilId;
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private SteeringBody body;

    private String bodyName;
    private String subject;
    private String councilPosition;
    private String obtained;
    private String recordedBy;

    /** Members by id only: an erased member stays counted, as an anonymous tombstone. */
    @ElementCollection
    @CollectionTable(name = "council_steering_attendance", joinColumns = @JoinColumn(name = "steering_meeting_id"))
    @Column(name = "member_id")
    private Set<Long> attendeeIds = new HashSet<>();

    protected SteeringMeeting() {
    }

    SteeringMeeting(long councilId, NewSteeringMeeting request, String recordedBy) {
        this.councilId = councilId;
        this.heldOn = request.heldOn();
        this.body = request.body();
        this.bodyName = request.body() == SteeringBody.OTHER ? request.bodyName() : null;
        this.subject = request.subject();
        this.councilPosition = request.councilPosition();
        this.obtained = request.obtained();
        this.attendeeIds = new HashSet<>(request.attendeeIds());
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public SteeringBody getBody() {
        return body;
    }

    public String getBodyName() {
        return bodyName;
    }

    public String getSubject() {
        return subject;
    }

    public String getCouncilPosition() {
        return councilPosition;
    }

    public String getObtained() {
        return obtained;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Set<Long> getAttendeeIds() {
        return attendeeIds;
    }
}
