package fr.parcours.admin.people;

import fr.parcours.identity.Role;
import java.util.List;

/**
 * One person in the administrator's list: who, which role, what scope (names, not codes), and the flags that ask
 * for attention. {@code flagged}: their groups and their scope disagree, so the app shows them nothing scoped.
 */
public record PersonRow(String id, String name, String email, Role role, ScopeView scope, boolean active,
                        boolean locked, boolean flagged) {

    /** A scope for display; {@code national} when it names no territory nor organisation. */
    public record ScopeView(boolean national, String region, List<String> departments, String organisation) {

        public String text() {
            StringBuilder text = new StringBuilder();
            if (!departments.isEmpty()) {
                text.append(String.join(", ", departments));
            } else if (region != null) {
                text.append(region);
            }
            if (organisation != null) {
                text.append(text.isEmpty() ? "" : " · ").append(organisation);
            }
            return text.toString();
        }
    }
}
