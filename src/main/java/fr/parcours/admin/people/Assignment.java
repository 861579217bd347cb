package fr.parcours.admin.people;

import fr.parcours.identity.Role;
import java.util.List;

/**
 * A role and what it reaches, as an administrator chooses them: an officer's operator and departments, a
 * consultant's prestataire, a coordinator's region and carrier, a facilitator's department and councils, an
 * auditor's region (none: national). Fields another role does not use are ignored.
 */
public record Assignment(Role role, Long operatorId, List<String> departmentCodes, Long consultantOrganisationId,
                         String regionCode, Long carrierOrganisationId, String facilitatorDepartmentCode,
                         List<Long> councilIds) {

    public Assignment {
        departmentCodes = departmentCodes == null ? List.of() : List.copyOf(departmentCodes);
        councilIds = councilIds == null ? List.of() : List.copyOf(councilIds);
    }
}
