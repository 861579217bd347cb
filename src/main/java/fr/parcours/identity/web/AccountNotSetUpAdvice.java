package fr.parcours.identity.web;

import fr.parcours.identity.Scopes.ScopeMissingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A person whose scope is missing or does not fit their groups (created or changed outside Parcours' own screens)
 * sees a page saying their account is not set up yet, on every scoped page: never an error, never other data.
 */
@ControllerAdvice
class AccountNotSetUpAdvice {

    @ExceptionHandler(ScopeMissingException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notSetUp() {
        return "account/not-set-up";
    }
}
