package fr.parcours.budget;

/**
 * A change the budget's rules refuse (an amount over what is left to co-finance or invoice, a date before the order…):
 * the form shows {@code code} on {@code field}, and nothing is saved.
 */
public class BudgetRuleException extends RuntimeException {

    private final String field;
    private final String code;

    BudgetRuleException(String field, String code) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
    }

    public String getField() {
        return field;
    }

    public String getCode() {
        return code;
    }
}
