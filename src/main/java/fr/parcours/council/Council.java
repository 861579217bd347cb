package fr.parcours.council;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A conseil citoyen (loi Lamy): where it sits, its founding dates and the structure that carries it. */
@Entity
@Table(name = "council")
public class Council {

    /** Audit case type of changes to a council itself (founding data, members, facilitators, draws, civic life). */
    public static final String CASE_TYPE = "COUNCIL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String city;
    private String regionCode;
    private String departmentCode;
    private String neighbourhoods;
    private LocalDate charterDate;
    private LocalDate prefectOrderDate;
    private Long carrierOrganisationId;
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Council() {
    }

    public Council(NewCouncil request) {
        this.name = request.name();
        this.city = request.city();
        this.regionCode = request.regionCode();
        this.departmentCode = request.departmentCode();
        this.neighbourhoods = request.neighbourhoods();
        this.charterDate = request.charterDate();
        this.prefectOrderDate = request.prefectOrderDate();
        this.carrierOrganisationId = request.carrierOrganisationId();
    }

    /** A coordinator's correction of the founding data: the members, cycles and draws stay as they are. */
    public void update(NewCouncil request) {
        this.name = request.name();
        this.city = request.city();
        this.regionCode = request.regionCode();
        this.departmentCode = request.departmentCode();
        this.neighbourhoods = request.neighbourhoods();
        this.charterDate = request.charterDate();
        this.prefectOrderDate = request.prefectOrderDate();
        this.carrierOrganisationId = request.carrierOrganisationId();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getNeighbourhoods() {
        return neighbourhoods;
    }

    public LocalDate getCharterDate() {
        return charterDate;
    }

    public LocalDate getPrefectOrderDate() {
        return prefectOrderDate;
    }

    public Long getCarrierOrganisationId() {
        return carrierOrganisationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
