package fr.parcours.identity;

import java.util.List;

/** The group ids of docs/domain.md#roles-and-scopes, shared by the identity service, BPMN candidate groups and Spring Security. */
public final class Groups {

    public static final String DLA_OFFICERS = "dla-officers";
    public static final String CONSULTANTS = "consultants";
    public static final String COORDINATORS = "coordinators";
    public static final String FACILITATORS = "facilitators";
    public static final String AUDITORS = "auditors";
    public static final String ADMINS = "admins";

    public static final List<String> ALL =
            List.of(DLA_OFFICERS, CONSULTANTS, COORDINATORS, FACILITATORS, AUDITORS, ADMINS);

    /** Spring Security authority carried by a member of {@code groupId}. */
    public static String authority(String groupId) {
        return "GROUP_" + groupId;
    }

    /**
     * The territorial group of the DLA officers of one department: the candidate group of that
     * department's DLA tasks, so Parcours, Tasklist and the REST API all show officers their own cases only.
     */
    public static String dlaOfficersOf(String departmentCode) {
        return DLA_OFFICERS + "-" + departmentCode;
    }

    /** The regional group of the coordinators of one region: candidate group of its collective DLA tasks. */
    public static String coordinatorsOf(String regionCode) {
        return COORDINATORS + "-" + regionCode;
    }

    /** The group of one consultant organisation's people: candidate group of its missions' tasks. */
    public static String consultantsOf(long organisationId) {
        return CONSULTANTS + "-" + organisationId;
    }

    /** The group of one conseil citoyen's facilitators: candidate group of its cycles' tasks. */
    public static String councilFacilitatorsOf(long councilId) {
        return "council-" + councilId;
    }

    private Groups() {
    }
}
