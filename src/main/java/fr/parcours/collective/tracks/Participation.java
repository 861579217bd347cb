package fr.parcours.collective.tracks;

import fr.parcours.collective.census.CensusEntry;
import fr.parcours.organisation.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One structure within one collective accompaniment, with its own status and track. */
@Entity
@Table(name = "collective_participation")
public class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long collectiveId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private ParticipationStatus status = ParticipationStatus.INVITED;

    private LocalDate joinedOn;
    private String needs;
    private String workNotes;
    private LocalDate deliveredOn;
    private LocalDate droppedOutOn;
    private String dropOutReason;
    private Boolean hasMediationProject;
    private Integer adultesRelaisAgreements;
    private Integer employeesAtCensus;

    @Version
    private long version;

    protected Participation() {
    }

    Participation(long collectiveId, Organisation organisation) {
        this.collectiveId = collectiveId;
        this.organisation = organisation;
    }

    /** Invited by the census, with what the census found. */
    public Participation(long collectiveId, Organisation organisation, CensusEntry census) {
        this(collectiveId, organisation);
        this.hasMediationProject = census.mediationProject();
        this.adultesRelaisAgreements = census.adultesRelaisAgreements();
        this.employeesAtCensus = census.employees();
    }

    public void join(LocalDate on) {
        this.status = ParticipationStatus.PARTICIPATING;
        this.joinedOn = on;
    }

    void recordNeeds(String needs) {
        this.needs = needs;
    }

    /** Appends a dated note, so the track keeps its history in one readable text. */
    void addWorkNote(LocalDate on, String note) {
        String line = on + " : " + note;
        this.workNotes = workNotes == null ? line : workNotes + "\n" + line;
    }

    void deliver(LocalDate on) {
        this.deliveredOn = on;
    }

    void dropOut(LocalDate on, String reason) {
        this.status = ParticipationStatus.DROPPED_OUT;
        this.droppedOutOn = on;
        this.dropOutReason = reason;
    }

    public boolean isActive() {
        return status == ParticipationStatus.PARTICIPATING;
    }

    /** Whether the census counted it among the small structures (false when it joined outside the census). */
    public boolean isSmallStructure() {
        return employeesAtCensus != null && employeesAtCensus < CensusEntry.SMALL_STRUCTURE_EMPLOYEES;
    }

    public Long getId() {
        return id;
    }

    public Long getCollectiveId() {
        return collectiveId;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ParticipationStatus getStatus() {
        return status;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public String getNeeds() {
        return needs;
    }

    public String getWorkNotes() {
        return workNotes;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public LocalDate getDroppedOutOn() {
        return droppedOutOn;
    }

    public String getDropOutReason() {
        return dropOutReason;
    }

    public Boolean getHasMediationProject() {
        return hasMediationProject;
    }

    public Integer getAdultesRelaisAgreements() {
        return adultesRelaisAgreements;
    }

    public Integer getEmployeesAtCensus() {
        return employeesAtCensus;
    }
}
