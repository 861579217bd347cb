package fr.parcours.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of people: a user in Camunda's identity service, the groups their role and scope call for,
 * their Parcours scope and their account, always together in the caller's transaction, so they cannot drift.
 * Engine calls run as the system: callers (the administration screens, the profile page) decided who may act.
 */
@Service
public class UserAccounts {

    private static final String CAMUNDA_ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;
    private static final List<String> TERRITORIAL_PREFIXES =
            List.of(Groups.DLA_OFFICERS + "-", Groups.COORDINATORS + "-", Groups.CONSULTANTS + "-");
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final TaskService taskService;
    private final UserScopeRepository scopes;
    private final UserAccountRepository accounts;
    private final TaskGrants taskGrants;
    private final EngineRights engineRights;
    private final UserNames names;

    UserAccounts(IdentityService identityService, TaskService taskService, UserScopeRepository scopes,
                 UserAccountRepository accounts, TaskGrants taskGrants, EngineRights engineRights, UserNames names) {
        this.names = names;
        this.identityService = identityService;
        this.taskService = taskService;
        this.scopes = scopes;
        this.accounts = accounts;
        this.taskGrants = taskGrants;
        this.engineRights = engineRights;
    }

    /** Returns false, changing nothing, when the user already exists. Used at start-up and by the demo. */
    @Transactional
    public boolean createIfMissing(String id, String firstName, String lastName, String password,
                                   List<String> groupIds, UserScope scope) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return false;
        }
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@parcours.example");
        user.setPassword(password);
        identityService.saveUser(user);
        Set<String> memberships = new LinkedHashSet<>(groupIds);
        for (String groupId : groupIds) {
            Role.of(List.of(groupId)).ifPresent(role -> memberships.addAll(groupsFor(role, scope)));
        }
        memberships.forEach(groupId -> join(id, groupId));
        scopes.save(scope);
        return true;
    }

    /**
     * A new person with one role and its scope, who must choose their own password at first login; returns their
     * temporary password, to be shown once.
     */
    @Transactional
    public String create(NewPerson person, Role role, UserScope scope, Long employer) {
        String temporaryPassword = engineRights.withoutUserChecks(() -> {
            if (identityService.createUserQuery().userId(person.id()).count() > 0) {
                throw new UserIdTakenException(person.id());
            }
            User user = identityService.newUser(person.id());
            person.copyTo(user);
            String chosen = temporaryPasswordFor(user);
            user.setPassword(chosen);
            identityService.saveUser(user);
            groupsFor(role, scope).forEach(groupId -> join(person.id(), groupId));
            return chosen;
        });
        scopes.save(scope);
        UserAccount account = new UserAccount(person.id(), role, employer);
        account.setPasswordChangeRequired(true);
        accounts.save(account);
        return temporaryPassword;
    }

    /** Name and e-mail of an existing person. */
    @Transactional
    public void rename(NewPerson person) {
        engineRights.withoutUserChecks(() -> {
            User user = existing(person.id());
            person.copyTo(user);
            identityService.saveUser(user);
            names.forget(person.id());
            return null;
        });
    }

    /**
     * A new role and scope: the person leaves the groups of the old ones and joins the new ones; tasks they held
     * that the new groups do not reach go back to their groups, without the holder's grant.
     */
    @Transactional
    public void assign(String userId, Role role, UserScope scope, Long employer) {
        Set<String> wanted = groupsFor(role, scope);
        engineRights.withoutUserChecks(() -> {
            existing(userId);
            for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
                if (isManaged(group.getId()) && !wanted.contains(group.getId())) {
                    identityService.deleteMembership(userId, group.getId());
                }
            }
            wanted.forEach(groupId -> join(userId, groupId));
            taskService.createTaskQuery().taskAssignee(userId).list().stream()
                    .filter(task -> !reaches(wanted, task.getId()))
                    .forEach(task -> taskGrants.withdraw(task.getId(), userId));
            return null;
        });
        Optional<UserScope> current = scopes.findById(userId);
        if (current.isPresent()) {
            current.get().replaceWith(scope);
        } else {
            scopes.save(scope);
        }
        UserAccount account = accounts.findById(userId).orElseGet(() -> new UserAccount(userId, role, employer));
        account.assign(role, employer);
        accounts.save(account);
    }

    /** No more logins anywhere; the tasks the person held go back to their groups at once. Nothing is deleted. */
    @Transactional
    public void deactivate(String userId) {
        account(userId).setActive(false);
        engineRights.withoutUserChecks(() -> {
            taskService.createTaskQuery().taskAssignee(userId).list()
                    .forEach(task -> taskGrants.release(task.getId(), userId));
            return null;
        });
    }

    @Transactional
    public void reactivate(String userId) {
        account(userId).setActive(true);
    }

    /** A new temporary password, returned to be shown once; the person must replace it at their next login. */
    @Transactional
    public String resetPassword(String userId) {
        String password = engineRights.withoutUserChecks(() -> {
            User user = existing(userId);
            String chosen = temporaryPasswordFor(user);
            user.setPassword(chosen);
            identityService.saveUser(user);
            return chosen;
        });
        account(userId).setPasswordChangeRequired(true);
        return password;
    }

    /** A temporary password that passes the password policy for this person. */
    private String temporaryPasswordFor(User user) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
            }
            if (violations(password.toString(), user).isEmpty()) {
                return password.toString();
            }
        }
    }

    /**
     * One's own new password, when the current one is right and the new one passes the policy; returns the
     * placeholders of the rules it breaks ({@code PASSWORD_POLICY_LENGTH}…), empty when it was changed.
     * A wrong current password is {@link WrongPasswordException}.
     */
    @Transactional
    public List<String> changeOwnPassword(String userId, String currentPassword, String newPassword) {
        return engineRights.withoutUserChecks(() -> {
            if (!identityService.checkPassword(userId, currentPassword)) {
                throw new WrongPasswordException();
            }
            User user = existing(userId);
            List<String> broken = violations(newPassword, user);
            if (!broken.isEmpty()) {
                return broken;
            }
            user.setPassword(newPassword);
            identityService.saveUser(user);
            accounts.findById(userId).ifPresent(account -> account.setPasswordChangeRequired(false));
            return broken;
        });
    }

    /** The account of a person the administration created, or a fresh one for an older user (active). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> accountOf(String userId) {
        return accounts.findById(userId);
    }

    /** The groups a role over a scope calls for: the role's group and its territorial or organisation group. */
    public static Set<String> groupsFor(Role role, UserScope scope) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(role.group());
        switch (role) {
            case OFFICER -> scope.departmentCodes().forEach(code -> groups.add(Groups.dlaOfficersOf(code)));
            case COORDINATOR -> {
                if (scope.getRegionCode() != null) {
                    groups.add(Groups.coordinatorsOf(scope.getRegionCode()));
                }
            }
            case CONSULTANT -> {
                if (scope.getOrganisationId() != null) {
                    groups.add(Groups.consultantsOf(scope.getOrganisationId()));
                }
            }
            // Camunda's webapps treat an engine without camunda-admin members as not set up, and offer anyone a
            // page to create the first administrator: never leave that door open.
            case ADMIN -> groups.add(CAMUNDA_ADMIN);
            default -> {
            }
        }
        return groups;
    }

    private List<String> violations(String password, User user) {
        PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password, user);
        List<String> broken = new ArrayList<>();
        for (PasswordPolicyRule rule : result.getViolatedRules()) {
            broken.add(rule.getPlaceholder());
        }
        return broken;
    }

    private boolean reaches(Set<String> groups, String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .anyMatch(groups::contains);
    }

    private static boolean isManaged(String groupId) {
        return Groups.ALL.contains(groupId) || CAMUNDA_ADMIN.equals(groupId)
                || TERRITORIAL_PREFIXES.stream().anyMatch(groupId::startsWith);
    }

    private UserAccount account(String userId) {
        return accounts.findById(userId).orElseGet(() -> {
            User user = engineRights.withoutUserChecks(() -> existing(userId));
            List<String> groups = engineRights.withoutUserChecks(() -> identityService.createGroupQuery()
                    .groupMember(user.getId()).list().stream().map(Group::getId).toList());
            return accounts.save(new UserAccount(userId, Role.of(groups).orElse(Role.AUDITOR), null));
        });
    }

    private User existing(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new UnknownUserException(userId);
        }
        return user;
    }

    private void join(String userId, String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(groupName(groupId));
            group.setType(groupId.startsWith(Groups.CONSULTANTS + "-") ? "ORGANISATION"
                    : CAMUNDA_ADMIN.equals(groupId) ? org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM
                    : "TERRITORY");
            identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    private static String groupName(String groupId) {
        if (groupId.startsWith(Groups.DLA_OFFICERS + "-")) {
            return "DLA " + groupId.substring(Groups.DLA_OFFICERS.length() + 1);
        }
        if (groupId.startsWith(Groups.COORDINATORS + "-")) {
            return "Coordination " + groupId.substring(Groups.COORDINATORS.length() + 1);
        }
        if (groupId.startsWith(Groups.CONSULTANTS + "-")) {
            return "Prestataire " + groupId.substring(Groups.CONSULTANTS.length() + 1);
        }
        return "Camunda administrators";
    }

    /** Who a new person is: login id, names and e-mail. */
    public record NewPerson(String id, String firstName, String lastName, String email) {

        void copyTo(User user) {
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
        }
    }

    public static class UserIdTakenException extends RuntimeException {
        UserIdTakenException(String userId) {
            super("User id already taken: " + userId);
        }
    }

    public static class UnknownUserException extends RuntimeException {
        UnknownUserException(String userId) {
            super("No user " + userId);
        }
    }

    public static class WrongPasswordException extends RuntimeException {
        WrongPasswordException() {
            super("The current password is wrong");
        }
    }
}
