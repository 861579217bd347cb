package fr.parcours.council.cycles;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Axis 1 of the facilitator: going to meet inhabitants, with the contacts made and the members won. */
@Entity
@Table(name = "council_mobilisation_action")
public class MobilisationAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long cycleId;

    @Enumerated(EnumType.STRING)
    private MobilisationKind kind;

    private LocalDate heldOn;
    private int contactsMade;
    private int newMembers;
    private String recordedBy;

    protected MobilisationAction() {
    }

    MobilisationAction(long cycleId, MobilisationReport report) {
        this.cycleId = cycleId;
        this.kind = report.kind();
        this.heldOn = report.heldOn();
        this.contactsMade = report.contactsMade();
        this.newMembers = report.newMembers();
        this.recordedBy = report.recordedBy();
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public MobilisationKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getContactsMade() {
        return contactsMade;
    }

    public int getNewMembers() {
        return newMembers;
    }
}
