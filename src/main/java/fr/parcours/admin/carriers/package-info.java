/**
 * Carriers and operators ({@code /admin/carriers}): the roles organisations hold
 * ({@link fr.parcours.organisation.OrganisationRole}: MRA or CRESS carrier, departmental operator, DLA operator),
 * from which a collective's partners are chosen.
 */
package fr.parcours.admin.carriers;
