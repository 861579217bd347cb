package fr.parcours.casework;

import java.util.Locale;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The name of a process step (user task, service task, event, gateway, subprocess) in the reader's language. The
 * BPMN names are French; each named element has a label {@code step.<process key>.<element id>} in the
 * {@code i18n/process-steps} bundle, whose French label is the BPMN name. A step without a label keeps the
 * engine's name, so a new step shows in French rather than not at all.
 *
 * <p>In templates: {@code ${#steps.task(task)}} for an engine task, {@code ${#steps.name(processKey, elementId,
 * engineName)}} otherwise, both in the template's own language (a mail's recipient's, a page's reader's).
 */
@Component
public class StepNames {

    static final String PREFIX = "step.";

    private final MessageSource messages;

    StepNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The step's name in the current request's language (French outside a request). */
    public String name(String processKey, String elementId, String engineName) {
        return name(processKey, elementId, engineName, currentLocale());
    }

    /** The step's name in {@code locale}; the engine's name (else the element id) when the step has no label. */
    public String name(String processKey, String elementId, String engineName, Locale locale) {
        String fallback = engineName != null ? engineName : elementId;
        if (processKey == null || elementId == null) {
            return fallback;
        }
        try {
            return messages.getMessage(key(processKey, elementId), null, locale);
        } catch (NoSuchMessageException missing) {
            // Not given as the default message: the bundle's message format would eat the name's apostrophes.
            return fallback;
        }
    }

    /** An open task's name in {@code locale}. */
    public String task(Task task, Locale locale) {
        return name(processKeyOf(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), task.getName(), locale);
    }

    /** An open task's name in the current request's language (French outside a request). */
    public String task(Task task) {
        return task(task, currentLocale());
    }

    /**
     * The request's language; French, the app's language, where there is no request (a job, a test), rather than
     * the machine's default language.
     */
    public static Locale currentLocale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale != null ? locale : Locale.FRENCH;
    }

    /** The label's key: {@code step.dla-individual.Task_DraftPlan}. */
    public static String key(String processKey, String elementId) {
        return PREFIX + processKey + "." + elementId;
    }

    /**
     * The process key within an engine process definition id ({@code dla-individual:3:8f2c…}); null when the id
     * does not carry it (the engine drops the key from ids it would make too long).
     */
    public static String processKeyOf(String processDefinitionId) {
        if (processDefinitionId == null) {
            return null;
        }
        int colon = processDefinitionId.indexOf(':');
        return colon > 0 ? processDefinitionId.substring(0, colon) : null;
    }

    /** The same names bound to one language, for a template: {@code #steps}. */
    public InLocale in(Locale locale) {
        return new InLocale(locale);
    }

    /** Step names in one language. */
    public final class InLocale {

        private final Locale locale;

        private InLocale(Locale locale) {
            this.locale = locale;
        }

        public String name(String processKey, String elementId, String engineName) {
            return StepNames.this.name(processKey, elementId, engineName, locale);
        }

        public String task(Task task) {
            return task == null ? null : StepNames.this.task(task, locale);
        }
    }
}
