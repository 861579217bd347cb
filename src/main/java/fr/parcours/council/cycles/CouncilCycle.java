package fr.parcours.council.cycles;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One animation cycle of a council: one instance of {@code council-cycle}, numbered within its council. */
@Entity
@Table(name = "council_cycle")
public class CouncilCycle {

    /** Case type of the audit trail's {@code CaseEvent}s about council cycles. */
    public static final String CASE_TYPE = "COUNCIL_CYCLE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long councilId;
    private int number;
    private String processInstanceId;
    private Instant startedAt;
    private String report;
    private Instant endedAt;

    protected CouncilCycle() {
    }

    public CouncilCycle(long councilId, int number, Instant startedAt) {
        this.councilId = councilId;
        this.number = number;
        this.startedAt = startedAt;
    }

    /** The cycle's reference in task lists and as the process business key. */
    public String reference() {
        return "CC-%d-%d".formatted(councilId, number);
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void close(String report, Instant at) {
        this.report = report;
        this.endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public int getNumber() {
        return number;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getReport() {
        return report;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
