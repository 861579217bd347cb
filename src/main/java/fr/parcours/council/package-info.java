/**
 * Conseils citoyens (docs/domain.md#conseils-citoyens, process {@code council-cycle}): facilitators support the councils they are
 * assigned to; the regional coordinators see their region's councils.
 *
 * <p>A council has members in two colleges (residents drawn by lot, local actors) with minimal personal data;
 * {@link fr.parcours.council.LamyCheck} warns when a rule of loi Lamy is not met. One process instance is one
 * animation cycle: mobilisation actions (one task each, looping while another follows) → meeting preparation →
 * the meeting, held (attendance, minutes, expectations, the decisions taken by the council, each one an action)
 * or cancelled (back to preparation) → follow-up of the decided actions (skipped when none) → cycle report →
 * after {@code parcours.council.cycle-period} a timer starts the next cycle as a new instance. The first cycle is
 * started from the council page.
 *
 * <p>Each cycle step is also a line of the facilitator's activity log ({@link fr.parcours.council.CouncilActivities}),
 * on its axis (1 mobilise inhabitants, 2 support the participative dynamic, 3 help carry out the council's actions)
 * with the time spent typed on the form, if any; other activities are entered by hand. The activity-reporting
 * sheet ({@code /councils/activity}) totals hours and actions per axis over a period, printable and exported as CSV:
 * a facilitator reads their own, a coordinator their region's facilitators'.
 *
 * <p>{@link fr.parcours.council.CouncilIndicators} gives one council's activity on its page;
 * {@link fr.parcours.council.CouncilNetworkIndicators} the same figures across the councils within the user's reach,
 * over a period, for funders.
 *
 * <p>Councils are founded and edited, and their facilitators assigned and removed, by the coordinators of the
 * council's region and by admins ({@link fr.parcours.council.CouncilAdministration}); a facilitator follows a council
 * but does not reshape it (403), and anyone out of reach gets 404. A removed facilitator leaves the council's
 * candidate group ({@code council-<id>}); the council's tasks they had claimed go back to the group, and their
 * activity log stays theirs.
 *
 * <p>Residents are drawn by lot ({@link fr.parcours.council.CouncilDraws}): a draw records its date, the lists it
 * drew from (kind and number of names), how many were drawn and each one's answer. Those who accepted join the
 * residents' college on the draw's date, with their name and gender, and keep the draw's id (it is part of their
 * data export). Those who declined or could not be reached are only counted, never named: they are not members,
 * Parcours has no purpose for their names (RGPD art. 5.1.c, data minimisation), and the counts are what the
 * procès-verbal needs to show that every drawn person was asked. The paper lists themselves stay with whoever
 * drew (mairie, bailleurs); Parcours keeps their sizes only.
 */
package fr.parcours.council;
