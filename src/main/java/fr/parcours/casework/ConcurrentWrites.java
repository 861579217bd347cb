package fr.parcours.casework;

import java.sql.SQLException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Recognises a write that lost to another person's at the same moment: a record changed meanwhile (a stale
 * {@code @Version}, or the engine's own optimistic lock on a task or execution) or a row that now exists twice
 * (a unique constraint). Controllers catch these to tell the person what happened, in French, with their form
 * kept; {@code system.ConcurrentEditAdvice} answers any other with a 409 page instead of an error.
 */
public final class ConcurrentWrites {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConcurrentWrites() {
    }

    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.camunda.bpm.engine.OptimisticLockingException) {
                return true;
            }
            if (cause instanceof DataIntegrityViolationException && isUniqueViolation(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Runs the write; true if it went through, false if it lost to a concurrent one (anything else is thrown). */
    public static boolean tryWrite(Runnable write) {
        try {
            write.run();
            return true;
        } catch (RuntimeException failure) {
            if (isConflict(failure)) {
                return false;
            }
            throw failure;
        }
    }
}
