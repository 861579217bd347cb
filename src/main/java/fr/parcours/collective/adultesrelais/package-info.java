/**
 * Adultes-relais agreements as records: each State-aided mediator post of a structure, its QPV, dates, State aid,
 * renewals and status, and the {@code adulte-relais-agreement} process that asks, six months before the end, to plan
 * its renewal or its permanent post. In the collective module because the MRA follows their pérennisation and the
 * collective's deliverables count the posts made permanent from these records.
 */
package fr.parcours.collective.adultesrelais;
