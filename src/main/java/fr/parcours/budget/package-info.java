/**
 * The ingénierie budget: each DLA operator's and each collective's annual envelope, what every mission costs it
 * (the chosen proposal, less co-financing), its invoices, and committed, paid and remaining figures
 * ({@link fr.parcours.budget.IngenierieBudgets}).
 */
package fr.parcours.budget;
