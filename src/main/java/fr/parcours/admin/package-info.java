/**
 * Administration of people and their access, and of the DLA operators: the {@code /admin} home and its first-run
 * checklist, people ({@code people}: role, scope, deactivation, passwords, hand-over), DLA operators
 * ({@code operators}), login locks, and everyone's own {@code /profile}. Only {@code admins} reach {@code /admin}
 * (SecurityConfiguration guards /admin/**). See docs/administration.md.
 */
package fr.parcours.admin;
