package fr.parcours.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * One mission on a budget: its agreed cost, the co-financing lines, and the invoices. What it commits on the
 * envelope is the agreed amount less the co-financing.
 */
public record MissionLine(MissionCost cost, List<Cofinancing> cofinancing, List<Invoice> invoices) {

    /** Where the mission's invoicing stands, as its invoices say. */
    public enum Payment {
        /** Ordered, no invoice received yet. */
        NOT_INVOICED,
        /** At least one invoice received and not paid. */
        AWAITING_PAYMENT,
        /** Every invoice received is paid, but they add up to less than the agreed amount. */
        PAID_SO_FAR,
        /** Invoiced up to the agreed amount and all paid. */
        SETTLED
    }

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

    public Payment payment() {
        if (invoices.isEmpty()) {
            return Payment.NOT_INVOICED;
        }
        if (!invoices.stream().allMatch(Invoice::isPaid)) {
            return Payment.AWAITING_PAYMENT;
        }
        return invoiced().compareTo(agreed()) < 0 ? Payment.PAID_SO_FAR : Payment.SETTLED;
    }
}
