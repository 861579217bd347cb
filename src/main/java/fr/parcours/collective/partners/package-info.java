/**
 * Who runs a collective with its coordinators: carrying organisations and departmental operators of its region.
 */
package fr.parcours.collective.partners;
