package fr.parcours.identity;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up a user's scope; a user without a recorded scope sees nothing scoped. */
@Service
public class Scopes {

    private final UserScopeRepository repository;

    Scopes(UserScopeRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public UserScope of(String userId) {
        return repository.findById(userId)
                .orElseThrow(() -> new ScopeMissingException(userId));
    }

    /** The user's scope, if an administrator gave one (no exception, so no caller's transaction is spoilt). */
    @Transactional(readOnly = true)
    public Optional<UserScope> find(String userId) {
        return repository.findById(userId);
    }

    /** Raised when a user has no scope: they must be given one by an administrator. */
    public static class ScopeMissingException extends RuntimeException {
        ScopeMissingException(String userId) {
            super("No scope recorded for user " + userId);
        }
    }
}
