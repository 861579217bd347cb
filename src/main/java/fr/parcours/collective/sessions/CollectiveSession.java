package fr.parcours.collective.sessions;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** One collective session, with the participations of the structures that attended it. */
@Entity
@Table(name = "collective_session")
public class CollectiveSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long collectiveId;
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private SessionTheme theme;

    private String notes;
    private String recordedBy;
    private Instant recordedAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "collective_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "participation_id")
    private Set<Long> attendance = new HashSet<>();

    protected CollectiveSession() {
    }

    public CollectiveSession(long collectiveId, LocalDate heldOn, SessionTheme theme, String notes,
                      Set<Long> attendance, String recordedBy) {
        this.collectiveId = collectiveId;
        this.heldOn = heldOn;
        this.theme = theme;
        this.notes = notes;
        this.attendance = new HashSet<>(attendance);
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getCollectiveId() {
        return collectiveId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public SessionTheme getTheme() {
        return theme;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Set<Long> getAttendance() {
        return attendance;
    }
}
