/**
 * The kernel every case-carrying feature (individual DLA, collective DLA, council cycles) builds on: a case
 * that is missing or out of scope ({@link fr.parcours.casework.CaseNotFoundException}, always a 404), a task
 * that is no longer open ({@link fr.parcours.casework.TaskGoneException}), one way to open and complete a
 * user task for its form ({@link fr.parcours.casework.CaseTasks}, with a per-process
 * {@link fr.parcours.casework.CaseResolver}), one way for a delegate to read the form data of the task
 * just completed ({@link fr.parcours.casework.Submissions}), and the header of a case for the readers of its
 * history ({@link fr.parcours.casework.CaseHeaders}, one bean per kind of case, found by the audit module).
 *
 * <p>The rule this package enforces: a task's case is found from the task's process instance through the
 * app's own tables and checked against the user's scope; any record below the case (ingénierie axis, mission,
 * track, cycle…) named by a process variable is looked up <em>within</em> that case, never trusted on its own.
 */
package fr.parcours.casework;
