/**
 * Vie citoyenne of a conseil citoyen (loi Lamy, art. 7): the council sits in the contrat de ville steering bodies
 * (comité de pilotage, comité technique, others) through some of its members, and questions institutions
 * (mairie, préfecture, bailleur…) by interpellations that are answered, or not.
 *
 * <p>{@link fr.parcours.council.civic.CivicLife} records both for the users who reach the council (its
 * facilitators, the region's coordinators, admins), each write in one transaction with its audit record;
 * {@link fr.parcours.council.civic.CivicOverviews} reads them for the council page, flagging the interpellations
 * still unanswered after {@code parcours.council.interpellation-answer-days}. Members are held by id only: an
 * erased member's participation still counts, without a name.
 */
package fr.parcours.council.civic;
