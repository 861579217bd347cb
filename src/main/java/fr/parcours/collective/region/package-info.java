/**
 * The regional view and CSV across collectives, from one aggregate SQL statement.
 */
package fr.parcours.collective.region;
