/**
 * The collective sessions and their attendance per structure, held by the region's coordinators or the chosen
 * consultant firm.
 */
package fr.parcours.collective.sessions;
