package fr.parcours.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one user may see: a DLA department (officers), a region (coordinators), an organisation
 * (consultants: the missions it was chosen for). No code at all means national scope. An officer may cover
 * several departments of their operator: {@link #departmentCodes()} lists them all, {@code departmentCode} is the
 * first of them.
 */
@Entity
@Table(name = "user_scope")
public class UserScope {

    @Id
    private String userId;
    private String regionCode;
    private String departmentCode;
    private Long organisationId;
    /** Loaded with the scope (one join): every check of an officer's scope reads it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_scope_department", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "department_code")
    private Set<String> departments = new TreeSet<>();

    protected UserScope() {
    }

    private UserScope(String userId, String regionCode, String departmentCode, Long organisationId) {
        this.userId = userId;
        this.regionCode = regionCode;
        this.departmentCode = departmentCode;
        this.organisationId = organisationId;
    }

    public static UserScope national(String userId) {
        return new UserScope(userId, null, null, null);
    }

    public static UserScope region(String userId, String regionCode) {
        return new UserScope(userId, regionCode, null, null);
    }

    public static UserScope department(String userId, String regionCode, String departmentCode) {
        return new UserScope(userId, regionCode, departmentCode, null);
    }

    /** An officer's scope over one or more departments of one region. */
    public static UserScope departments(String userId, String regionCode, Collection<String> departmentCodes) {
        TreeSet<String> codes = new TreeSet<>(departmentCodes);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("An officer covers at least one department");
        }
        UserScope scope = new UserScope(userId, regionCode, codes.first(), null);
        scope.departments.addAll(codes);
        return scope;
    }

    public static UserScope organisation(String userId, long organisationId) {
        return new UserScope(userId, null, null, organisationId);
    }

    public boolean isNational() {
        return regionCode == null && departmentCode == null && organisationId == null;
    }

    /** A regional scope: a coordinator's (or a regional auditor's), neither a department nor an organisation. */
    public boolean isRegional() {
        return regionCode != null && departmentCode == null && organisationId == null;
    }

    /** Whether this scope runs the region's own work: a regional scope of region R, or a national one. */
    public boolean runsRegion(String caseRegionCode) {
        return isNational() || (isRegional() && regionCode.equals(caseRegionCode));
    }

    /** Whether a case located in this department and region is visible to this user. */
    public boolean covers(String caseRegionCode, String caseDepartmentCode) {
        if (isNational()) {
            return true;
        }
        if (departmentCode != null) {
            // A regional record (a regional DLA's envelope, say) names no department: not an officer's.
            return caseDepartmentCode != null && departmentCodes().contains(caseDepartmentCode);
        }
        return regionCode != null && regionCode.equals(caseRegionCode);
    }

    /** Takes over another scope's codes, for the same user: an administrator changed the role or the scope. */
    void replaceWith(UserScope other) {
        this.regionCode = other.regionCode;
        this.departmentCode = other.departmentCode;
        this.organisationId = other.organisationId;
        this.departments.clear();
        this.departments.addAll(other.departments);
    }

    public String getUserId() {
        return userId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    /** Every department this scope covers by name (empty for a regional, national or organisation scope). */
    public List<String> departmentCodes() {
        if (!departments.isEmpty()) {
            return List.copyOf(departments);
        }
        return departmentCode == null ? List.of() : List.of(departmentCode);
    }

    public Long getOrganisationId() {
        return organisationId;
    }
}
