/**
 * What each participating structure hands in: action plan, aided contracts, funding leads and the evaluation on
 * the five CITER registers, recorded outside the engine.
 */
package fr.parcours.collective.deliverables;
