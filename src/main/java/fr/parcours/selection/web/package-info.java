/**
 * The forms of the four selection steps and their checks, exposed to the features that host a selection (an
 * individual ingénierie, a collective DLA): each binds these forms in its own controllers, on its own task.
 */
@NamedInterface("web")
package fr.parcours.selection.web;

import org.springframework.modulith.NamedInterface;
