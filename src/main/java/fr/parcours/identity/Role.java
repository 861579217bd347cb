package fr.parcours.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The one role an administrator gives a person; each is a group of {@link Groups} and a shape of scope. */
public enum Role {
    OFFICER(Groups.DLA_OFFICERS),
    CONSULTANT(Groups.CONSULTANTS),
    COORDINATOR(Groups.COORDINATORS),
    FACILITATOR(Groups.FACILITATORS),
    AUDITOR(Groups.AUDITORS),
    ADMIN(Groups.ADMINS);

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    /** The role a member of these groups holds: the first in declaration order, administrators last. */
    public static Optional<Role> of(List<String> groupIds) {
        return Arrays.stream(values()).filter(role -> groupIds.contains(role.group)).findFirst();
    }
}
