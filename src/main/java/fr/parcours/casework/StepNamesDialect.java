package fr.parcours.casework;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code ${#steps.task(task)}} and {@code ${#steps.name(processKey, elementId, engineName)}} in every template: a
 * process step's name in the template's language, so that a page or a mail rendered for an English reader names
 * the steps in English. An expression object, so that it also works for mails rendered outside a web request.
 */
@Component
class StepNamesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "steps";

    private final StepNames names;

    StepNamesDialect(StepNames names) {
        super("parcours-step-names");
        this.names = names;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? names.in(context.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                // Cached for one template's processing only, whose language does not change.
                return true;
            }
        };
    }
}
