/**
 * The case file every kind of case shares (individual DLA accompaniment, collective, council): a dated thread of
 * notes by the people in its scope, its documents (uploaded, versioned, stored in PostgreSQL) and the PDFs the
 * features generate from their data.
 *
 * <p>A case is named as the audit trail names it, by its kind's {@link fr.parcours.casework.CaseHeaders}: the
 * kind's URL segment ({@code cases}, {@code collectives}, {@code councils}) and the case id. Whether a user may
 * read a case file is the kind's own scope check ({@code CaseHeaders#header}), never a rule of this module; an
 * auditor reads, the roles that work the case write (see {@code system/SecurityConfiguration}).
 *
 * <p>The features use {@link fr.parcours.casefile.CaseDocuments} to keep the PDFs they generate with
 * {@link fr.parcours.casefile.PdfSheet}, and {@link fr.parcours.casefile.CaseNotes#eraseName} when a council
 * member is erased (RGPD). Their pages embed the thread and the documents with the fragments of
 * {@code templates/casefile/embed.html}.
 */
package fr.parcours.casefile;
