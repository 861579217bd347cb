/**
 * Who facilitates which council. Exposed to the administration of people, which gives a facilitator their
 * councils when it creates or edits them.
 */
@NamedInterface("facilitators")
package fr.parcours.council.facilitators;

import org.springframework.modulith.NamedInterface;
