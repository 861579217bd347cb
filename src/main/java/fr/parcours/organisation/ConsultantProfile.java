package fr.parcours.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** A consultant organisation's place in the prestataire pool: what it does, where, at what day rate, whom to call. */
@Entity
@Table(name = "consultant_profile")
public class ConsultantProfile {

    @Id
    private Long organisationId;

    private BigDecimal dayRate;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultant_domain", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "domain")
    @Enumerated(EnumType.STRING)
    private Set<CompetenceDomain> domains = EnumSet.noneOf(CompetenceDomain.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultant_region", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "region_code")
    private Set<String> regionCodes = new TreeSet<>();

    protected ConsultantProfile() {
    }

    public ConsultantProfile(long organisationId) {
        this.organisationId = organisationId;
    }

    /** Sets the whole profile; domains and regions must not be empty, the day rate must be positive. */
    public ConsultantProfile describe(Collection<CompetenceDomain> domains, Collection<String> regionCodes,
                                      BigDecimal dayRate, Contact contact, Instant at) {
        if (domains.isEmpty() || regionCodes.isEmpty() || dayRate == null || dayRate.signum() <= 0) {
            throw new IllegalArgumentException("A pool profile needs domains, regions and a positive day rate");
        }
        this.domains.clear();
        this.domains.addAll(domains);
        this.regionCodes.clear();
        this.regionCodes.addAll(regionCodes);
        this.dayRate = dayRate;
        this.contactName = contact.name();
        this.contactEmail = contact.email();
        this.contactPhone = contact.phone();
        this.updatedAt = at;
        return this;
    }

    /** Whom the DLA calls at the firm. */
    public record Contact(String name, String email, String phone) {
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public BigDecimal getDayRate() {
        return dayRate;
    }

    public Contact getContact() {
        return new Contact(contactName, contactEmail, contactPhone);
    }

    public Set<CompetenceDomain> getDomains() {
        Set<CompetenceDomain> copy = EnumSet.noneOf(CompetenceDomain.class);
        copy.addAll(domains);
        return copy;
    }

    public Set<String> getRegionCodes() {
        return new TreeSet<>(regionCodes);
    }

    public boolean covers(String regionCode) {
        return regionCodes.contains(regionCode);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
