package fr.parcours.identity.web;

import fr.parcours.identity.UserNames;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code ${#users.name(id)}} in every template: a person's full name instead of their login id, in timelines,
 * histories and PVs. An expression object rather than a bean reference, so that it also works where a template
 * is rendered outside a web request.
 */
@Component
class UserNamesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "users";

    private final UserNames names;

    UserNamesDialect(UserNames names) {
        super("parcours-user-names");
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
                return NAME.equals(expressionObjectName) ? names : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
