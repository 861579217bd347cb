package fr.parcours.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one user may see: a DLA department (officers), a region (coordinators), an organisation
 * (consultants: the missions it was chosen for). No code at all means national scope.
 */
@Entity
@Table(name = "user_scope")
public class UserScope {

    @Id
    private String userId;
    private String regionCode;
    private String departmentCode;
    private Long organisationId;

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
            return departmentCode.equals(caseDepartmentCode);
        }
        return regionCode != null && regionCode.equals(caseRegionCode);
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

    public Long getOrganisationId() {
        return organisationId;
    }
}
