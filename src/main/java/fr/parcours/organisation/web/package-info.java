/**
 * The fields of an organisation on a form, with their checks, written once for every form that registers or
 * corrects one: the administrator's structures (and their CSV lines), prestataires and carriers, and the officer's
 * intake of a new structure. Each form extends {@link fr.parcours.organisation.web.OrganisationFields} (or
 * {@link fr.parcours.organisation.web.StructureFields}) and shows them with {@code templates/organisation/fields.html}.
 */
@NamedInterface("web")
package fr.parcours.organisation.web;

import org.springframework.modulith.NamedInterface;
