/**
 * Administration of people and their access: today the login locks an administrator lifts
 * ({@code /admin/locks}). Only {@code admins} reach it (SecurityConfiguration guards /admin/**).
 */
package fr.parcours.admin;
