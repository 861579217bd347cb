package fr.parcours.selection;

import fr.parcours.organisation.Organisation;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A consultant preselected in a selection, with its proposal and its scores on the grid once known. Shared by the
 * individual ingénierie ({@code consultant_candidate}) and the collective DLA ({@code collective_candidate}),
 * which differ only by the case they belong to.
 */
@MappedSuperclass
public abstract class Candidacy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String preselectedBy;
    private Instant preselectedAt;
    private Boolean proposalReceived;
    private LocalDate proposalDate;
    private BigDecimal proposalAmount;
    private BigDecimal proposalDays;
    private Integer scoreUnderstanding;
    private Integer scoreMethod;
    private Integer scoreTeam;
    private Integer scorePrice;

    @Version
    private long version;

    protected Candidacy() {
    }

    protected Candidacy(Organisation organisation, String preselectedBy, Instant preselectedAt) {
        this.organisation = organisation;
        this.preselectedBy = preselectedBy;
        this.preselectedAt = preselectedAt;
    }

    public void receiveProposal(LocalDate date, BigDecimal amount, BigDecimal days) {
        this.proposalReceived = true;
        this.proposalDate = date;
        this.proposalAmount = amount;
        this.proposalDays = days;
    }

    public void noProposal() {
        this.proposalReceived = false;
        this.proposalDate = null;
        this.proposalAmount = null;
        this.proposalDays = null;
    }

    public void score(ProposalScore score) {
        this.scoreUnderstanding = score.understanding();
        this.scoreMethod = score.method();
        this.scoreTeam = score.team();
        this.scorePrice = score.price();
    }

    public boolean hasProposal() {
        return Boolean.TRUE.equals(proposalReceived);
    }

    /** The grid total, or null before scoring. */
    public Integer getTotalScore() {
        if (scoreUnderstanding == null) {
            return null;
        }
        return scoreUnderstanding + scoreMethod + scoreTeam + scorePrice;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getPreselectedBy() {
        return preselectedBy;
    }

    public Instant getPreselectedAt() {
        return preselectedAt;
    }

    public Boolean getProposalReceived() {
        return proposalReceived;
    }

    public LocalDate getProposalDate() {
        return proposalDate;
    }

    public BigDecimal getProposalAmount() {
        return proposalAmount;
    }

    public BigDecimal getProposalDays() {
        return proposalDays;
    }

    public Integer getScoreUnderstanding() {
        return scoreUnderstanding;
    }

    public Integer getScoreMethod() {
        return scoreMethod;
    }

    public Integer getScoreTeam() {
        return scoreTeam;
    }

    public Integer getScorePrice() {
        return scorePrice;
    }
}
