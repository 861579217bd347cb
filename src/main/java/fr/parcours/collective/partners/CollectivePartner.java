package fr.parcours.collective.partners;

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

/** An organisation carrying a collective DLA or operating it in a department. */
@Entity
@Table(name = "collective_partner")
public class CollectivePartner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long collectiveId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private PartnerRole role;

    protected CollectivePartner() {
    }

    CollectivePartner(long collectiveId, Organisation organisation, PartnerRole role) {
        this.collectiveId = collectiveId;
        this.organisation = organisation;
        this.role = role;
    }

    public long getCollectiveId() {
        return collectiveId;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public PartnerRole getRole() {
        return role;
    }
}
