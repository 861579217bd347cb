package fr.parcours.collective;

import fr.parcours.collective.selection.CollectiveCandidate;
import fr.parcours.selection.ChoiceValidation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One regional collective DLA: the coordinators' case, from the census to the follow-up. */
@Entity
@Table(name = "collective_accompaniment")
public class CollectiveAccompaniment {

    /** Case type of the audit trail's {@code CaseEvent}s about collective accompaniments. */
    public static final String CASE_TYPE = "COLLECTIVE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessKey;
    private String title;
    private String regionCode;
    private int plannedMonths;
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    private CollectivePhase phase = CollectivePhase.CENSUS;

    private String processInstanceId;
    private String censusCriteria;
    private LocalDate meetingDate;
    private String meetingNeeds;
    private String specifications;
    private Long consultantOrganisationId;
    private Long chosenCandidateId;
    private String choiceMinutes;
    private LocalDate choiceDecidedOn;
    private String choiceDecidedBy;
    private String endEvaluation;
    private String followUp;
    private Instant lateNoticedAt;
    private String latenessNote;
    private String createdBy;
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected CollectiveAccompaniment() {
    }

    public CollectiveAccompaniment(String businessKey, String title, String regionCode, int plannedMonths,
                                   LocalDate startDate, String createdBy) {
        this.businessKey = businessKey;
        this.title = title;
        this.regionCode = regionCode;
        this.plannedMonths = plannedMonths;
        this.startDate = startDate;
        this.createdBy = createdBy;
    }

    public LocalDate plannedEnd() {
        return startDate.plusMonths(plannedMonths);
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void recordCensus(String criteria) {
        this.censusCriteria = criteria;
        this.phase = CollectivePhase.MOBILISATION;
    }

    void recordMeeting(LocalDate date, String needs) {
        this.meetingDate = date;
        this.meetingNeeds = needs;
        this.phase = CollectivePhase.WORK;
    }

    void recordSpecifications(String text) {
        this.specifications = text;
    }

    /** The validated choice (PV): the chosen firm then holds the collective sessions. */
    public void recordChoice(CollectiveCandidate chosen, ChoiceValidation validation) {
        this.chosenCandidateId = chosen.getId();
        this.consultantOrganisationId = chosen.getOrganisation().getId();
        this.choiceMinutes = validation.pv();
        this.choiceDecidedOn = validation.decidedOn();
        this.choiceDecidedBy = validation.decidedBy();
    }

    void recordEndEvaluation(String text) {
        this.endEvaluation = text;
        this.phase = CollectivePhase.FOLLOW_UP;
    }

    void recordFollowUp(String text) {
        this.followUp = text;
        this.phase = CollectivePhase.CLOSED;
    }

    void recordLateness(Instant at, String note) {
        this.lateNoticedAt = at;
        this.latenessNote = note;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getTitle() {
        return title;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getPlannedMonths() {
        return plannedMonths;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public CollectivePhase getPhase() {
        return phase;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCensusCriteria() {
        return censusCriteria;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getMeetingNeeds() {
        return meetingNeeds;
    }

    public String getSpecifications() {
        return specifications;
    }

    public Long getConsultantOrganisationId() {
        return consultantOrganisationId;
    }

    public Long getChosenCandidateId() {
        return chosenCandidateId;
    }

    public String getChoiceMinutes() {
        return choiceMinutes;
    }

    public LocalDate getChoiceDecidedOn() {
        return choiceDecidedOn;
    }

    public String getChoiceDecidedBy() {
        return choiceDecidedBy;
    }

    public String getEndEvaluation() {
        return endEvaluation;
    }

    public String getFollowUp() {
        return followUp;
    }

    public Instant getLateNoticedAt() {
        return lateNoticedAt;
    }

    public String getLatenessNote() {
        return latenessNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
