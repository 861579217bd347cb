package fr.parcours.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One co-financing line of a mission: the share of its cost another funder pays. */
@Entity
@Table(name = "budget_cofinancing")
public class Cofinancing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_mission_id")
    private long missionCostId;

    @Enumerated(EnumType.STRING)
    private CofinancingSource source;

    private String funder;
    private BigDecimal amount;

    protected Cofinancing() {
    }

    Cofinancing(long missionCostId, CofinancingSource source, String funder, BigDecimal amount) {
        this.missionCostId = missionCostId;
        this.source = source;
        this.funder = funder;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public long getMissionCostId() {
        return missionCostId;
    }

    public CofinancingSource getSource() {
        return source;
    }

    public String getFunder() {
        return funder;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
