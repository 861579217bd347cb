package fr.parcours.identity;

/** An account whose logins are refused now: by the login throttle, by the engine's own lock, or both. */
public record LockedAccount(String userId, boolean throttled, boolean engineLocked) {
}
