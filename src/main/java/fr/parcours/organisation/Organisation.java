package fr.parcours.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(columnDefinition = "bpchar(14)")
    private String siret;

    private String legalForm;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String city;
    private String departmentCode;
    private String regionCode;
    private String sector;
    private Integer employees;
    private Integer aidedContracts;
    private String nafCode;
    private boolean qpv;
    private boolean esusApproved;
    private boolean jobCreationProject;
    private Instant createdAt = Instant.now();

    protected Organisation() {
    }

    public Organisation(String name, String siret, String legalForm, OrganisationKind kind, String city,
                        String departmentCode, String regionCode) {
        this.name = name;
        this.siret = siret;
        this.legalForm = legalForm;
        this.kind = kind;
        this.city = city;
        this.departmentCode = departmentCode;
        this.regionCode = regionCode;
    }

    public Organisation withActivity(String sector, Integer employees, Integer aidedContracts) {
        this.sector = sector;
        this.employees = employees;
        this.aidedContracts = aidedContracts;
        return this;
    }

    /** Corrects what identifies and locates it (an administrator's edit); its kind never changes. */
    public Organisation describe(String name, String siret, String legalForm, String city, Territory territory) {
        this.name = name;
        this.siret = siret;
        this.legalForm = legalForm;
        this.city = city;
        this.departmentCode = territory.departmentCode();
        this.regionCode = territory.regionCode();
        return this;
    }

    /** Its NAF rev. 2 activity code (e.g. 88.99B) and whether it works in a priority neighbourhood (QPV). */
    public Organisation withCodes(NafCode nafCode, boolean qpv) {
        this.nafCode = nafCode == null ? null : nafCode.code();
        this.qpv = qpv;
        return this;
    }

    /** Approved ESUS (entreprise solidaire d'utilité sociale), and whether it plans to create jobs: see dla-fit.dmn. */
    public Organisation withOutlook(boolean esusApproved, boolean jobCreationProject) {
        this.esusApproved = esusApproved;
        this.jobCreationProject = jobCreationProject;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSiret() {
        return siret;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public LegalForm getLegalFormKind() {
        return LegalForm.fromStored(legalForm);
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCity() {
        return city;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getSector() {
        return sector;
    }

    public Integer getEmployees() {
        return employees;
    }

    public Integer getAidedContracts() {
        return aidedContracts;
    }

    public NafCode getNafCode() {
        return nafCode == null ? null : NafCode.parse(nafCode);
    }

    public boolean isQpv() {
        return qpv;
    }

    public boolean isEsusApproved() {
        return esusApproved;
    }

    public boolean isJobCreationProject() {
        return jobCreationProject;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
