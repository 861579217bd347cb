package fr.parcours.budget;

import fr.parcours.organisation.Organisation;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One year's ingénierie envelope: a DLA operator's (an operator of the registry; the region is its region, kept for
 * the region's readers), or a collective DLA's.
 */
@Entity
@Table(name = "budget_envelope")
public class BudgetEnvelope {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "operator_id")
    private Organisation operator;

    private Long collectiveId;
    private String regionCode;
    private int budgetYear;
    private BigDecimal amount;
    private String updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected BudgetEnvelope() {
    }

    static BudgetEnvelope ofOperator(Organisation operator, String regionCode, int year) {
        BudgetEnvelope envelope = new BudgetEnvelope();
        envelope.operator = operator;
        envelope.regionCode = regionCode;
        envelope.budgetYear = year;
        return envelope;
    }

    static BudgetEnvelope ofCollective(long collectiveId, String regionCode, int year) {
        BudgetEnvelope envelope = new BudgetEnvelope();
        envelope.collectiveId = collectiveId;
        envelope.regionCode = regionCode;
        envelope.budgetYear = year;
        return envelope;
    }

    void setAmount(BigDecimal amount, String userId, Instant at) {
        this.amount = amount;
        this.updatedBy = userId;
        this.updatedAt = at;
    }

    public boolean isCollective() {
        return collectiveId != null;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOperator() {
        return operator;
    }

    public Long getCollectiveId() {
        return collectiveId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getBudgetYear() {
        return budgetYear;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
