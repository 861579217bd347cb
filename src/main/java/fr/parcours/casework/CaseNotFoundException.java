package fr.parcours.casework;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A case that does not exist or lies outside the user's scope: both answer 404, revealing nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(Object id) {
        super("No visible case " + id);
    }
}
