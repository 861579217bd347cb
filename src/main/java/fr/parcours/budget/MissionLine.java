package fr.parcours.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * One mission on a budget: its agreed cost, the co-financing lines, and the invoices. What it commits on the
 * envelope is the agreed amount less the co-financing.
 */
public record MissionLine(MissionCost cost, List<Cofinancing> cofinancing, List<Invoice> invoices) {

    public BigDecimal agreed() {
        return cost.getAgreedAmount();
    }

    public BigDecimal cofinanced() {
        return cofinancing.stream().map(Cofinancing::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal committed() {
        return agreed().subtract(cofinanced());
    }

    public BigDecimal invoiced() {
        return invoices.stream().map(Invoice::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal paid() {
        return invoices.stream().filter(Invoice::isPaid).map(Invoice::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
