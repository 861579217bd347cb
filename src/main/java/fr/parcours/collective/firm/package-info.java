/**
 * The chosen consultant firm's view of its collectives (sessions and structures), and the outcome of every
 * selection each firm was preselected for.
 */
package fr.parcours.collective.firm;
