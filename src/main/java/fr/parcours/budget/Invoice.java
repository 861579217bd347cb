package fr.parcours.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A consultant's invoice for a mission, received after the order and paid (or not yet) after receipt. */
@Entity
@Table(name = "budget_invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_mission_id")
    private long missionCostId;

    private String reference;
    private LocalDate receivedOn;
    private BigDecimal amount;
    private LocalDate paidOn;

    protected Invoice() {
    }

    Invoice(long missionCostId, String reference, LocalDate receivedOn, BigDecimal amount) {
        this.missionCostId = missionCostId;
        this.reference = reference;
        this.receivedOn = receivedOn;
        this.amount = amount;
    }

    void pay(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public boolean isPaid() {
        return paidOn != null;
    }

    public Long getId() {
        return id;
    }

    public long getMissionCostId() {
        return missionCostId;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }
}
