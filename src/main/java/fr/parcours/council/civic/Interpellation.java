package fr.parcours.council.civic;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A question or request the council sent to an institution, and the answer it got, if any. */
@Entity
@Table(name = "council_interpellation")
public class Interpellation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long councilId;
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    private Institution institution;

    private String addressee;
    private String subject;
    private String summary;
    private Long decidedAtMeetingId;

    @Enumerated(EnumType.STRING)
    private InterpellationStatus status = InterpellationStatus.SENT;

    private LocalDate answeredOn;
    private String answerSummary;
    private String recordedBy;

    @Version
    private long version;

    protected Interpellation() {
    }

    Interpellation(long councilId, NewInterpellation request, String recordedBy) {
        this.councilId = councilId;
        this.sentOn = request.sentOn();
        this.institution = request.institution();
        this.addressee = request.addressee();
        this.subject = request.subject();
        this.summary = request.summary();
        this.decidedAtMeetingId = request.decidedAtMeetingId();
        this.recordedBy = recordedBy;
    }

    /**
     * A late answer may still come after the council closed the interpellation as unanswered; a recorded answer is
     * what the institution said and is never overwritten.
     */
    void answer(InterpellationAnswer answer) {
        if (status == InterpellationStatus.ANSWERED) {
            throw new IllegalStateException("Interpellation " + id + " already has an answer");
        }
        if (answer.answeredOn().isBefore(sentOn)) {
            throw new IllegalArgumentException("Interpellation " + id + " cannot be answered before it was sent");
        }
        this.status = InterpellationStatus.ANSWERED;
        this.answeredOn = answer.answeredOn();
        this.answerSummary = answer.summary();
    }

    void closeWithoutAnswer() {
        if (status != InterpellationStatus.SENT) {
            throw new IllegalStateException("Interpellation " + id + " is not waiting for an answer");
        }
        this.status = InterpellationStatus.NO_ANSWER;
    }

    /** Still waiting after {@code answerDays} days: the council may remind the institution or give up. */
    public boolean isOverdue(LocalDate today, int answerDays) {
        return status == InterpellationStatus.SENT && sentOn.plusDays(answerDays).isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getAddressee() {
        return addressee;
    }

    public String getSubject() {
        return subject;
    }

    public String getSummary() {
        return summary;
    }

    public Long getDecidedAtMeetingId() {
        return decidedAtMeetingId;
    }

    public InterpellationStatus getStatus() {
        return status;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public String getAnswerSummary() {
        return answerSummary;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
