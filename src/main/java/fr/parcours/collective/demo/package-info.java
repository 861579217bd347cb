/**
 * Demo mode's Hauts-de-France collective, seeded once through the real process and services.
 */
package fr.parcours.collective.demo;
