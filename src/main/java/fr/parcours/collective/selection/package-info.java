/**
 * The collective's consultant selection (preselection, proposals, grid, validated choice) with the rules shared in
 * {@link fr.parcours.selection}, and the notice each preselected firm receives.
 */
package fr.parcours.collective.selection;
