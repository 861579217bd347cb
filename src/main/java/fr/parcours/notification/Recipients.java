package fr.parcours.notification;

import fr.parcours.identity.EngineRights;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The people a mail may go to, read from the identity service whatever the acting user may read: those with an
 * address that has not bounced and whose preference allows it.
 */
@Component
class Recipients {

    private final IdentityService identityService;
    private final EngineRights engineRights;
    private final NotificationPreferences preferences;
    private final MailAddressFlags flags;

    Recipients(IdentityService identityService, EngineRights engineRights, NotificationPreferences preferences,
               MailAddressFlags flags) {
        this.identityService = identityService;
        this.engineRights = engineRights;
        this.preferences = preferences;
        this.flags = flags;
    }

    /** The members of these groups, each once. */
    Set<String> membersOf(Collection<String> groupIds) {
        Set<String> members = new LinkedHashSet<>();
        for (String groupId : groupIds) {
            engineRights.withoutUserChecks(() -> identityService.createUserQuery().memberOfGroup(groupId).list())
                    .forEach(user -> members.add(user.getId()));
        }
        return members;
    }

    /** The groups this person belongs to. */
    List<String> groupsOf(String userId) {
        return engineRights.withoutUserChecks(() -> identityService.createGroupQuery().groupMember(userId).list())
                .stream().map(group -> group.getId()).toList();
    }

    /** Every person known to the identity service. */
    List<String> everyone() {
        return engineRights.withoutUserChecks(() -> identityService.createUserQuery().list())
                .stream().map(User::getId).toList();
    }

    /** Those of these people whose preference is among {@code wanted}, with a deliverable address. */
    List<Recipient> reachable(Collection<String> userIds, Set<Frequency> wanted) {
        List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Preference> chosen = preferences.of(ids);
        List<Recipient> recipients = new ArrayList<>();
        List<User> users = engineRights.withoutUserChecks(() -> identityService.createUserQuery()
                .userIdIn(ids.toArray(String[]::new)).list());
        Set<String> flagged = flags.flaggedAmong(users.stream().map(User::getEmail)
                .filter(StringUtils::hasText).toList());
        for (User user : users) {
            Preference preference = chosen.get(user.getId());
            String address = user.getEmail();
            if (wanted.contains(preference.frequency()) && StringUtils.hasText(address)
                    && !flagged.contains(MailAddressFlags.normalise(address))) {
                String name = (Objects.toString(user.getFirstName(), "") + " "
                        + Objects.toString(user.getLastName(), "")).strip();
                recipients.add(new Recipient(user.getId(), address.strip(), name.isEmpty() ? user.getId() : name,
                        preference.mailLocale(), preference.frequency()));
            }
        }
        return recipients;
    }
}
