/**
 * The prestataire pool ({@code /admin/prestataires}): consulting firms and independent consultants with their
 * profile ({@link fr.parcours.organisation.ConsultantProfile}: domains, regions covered, day rate, contact), their
 * consultants and their past missions with the structures' satisfaction. Preselections offer only the pool's firms
 * covering the case's region ({@link fr.parcours.organisation.ConsultantPool}).
 */
package fr.parcours.admin.pool;
