package fr.parcours.system;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * One rule for every form and request parameter: text with control characters (NUL and the like, which
 * PostgreSQL refuses and no person types) is a binding error — a French field error on forms, a 400
 * elsewhere — never a 500. Tabs and line breaks stay allowed.
 */
@ControllerAdvice
class ControlCharacters {

    private static final Pattern REFUSED = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && REFUSED.matcher(text).find()) {
                    throw new IllegalArgumentException("Control character in submitted text");
                }
                setValue(text);
            }
        });
    }
}
