/**
 * Structures as administrators keep them ({@code /admin/structures}): create, correct, search by name, SIRET,
 * department and NAF section; a SIRET is registered once. The bulk import from a CSV ({@code /admin/structures/import})
 * stores the upload ({@link fr.parcours.admin.structures.PendingImport}), previews every line's errors and, on
 * confirmation, reads the same bytes again and imports every line in one transaction, or none
 * ({@link fr.parcours.admin.structures.StructureImports}). Audit records have case type {@code ORGANISATION}.
 */
package fr.parcours.admin.structures;
