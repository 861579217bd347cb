/**
 * The annual activity report an operator owes its funders and the national network (issue 15): what the DLA did
 * over a calendar year or any period, within the reader's scope, counted in SQL over the app's own tables (never the
 * engine's), broken down by sector, legal form, size, priority neighbourhood and department, with lead times per
 * national phase, results and satisfaction; shown with charts, printed, and exported as XLSX and CSV.
 */
package fr.parcours.reporting;
