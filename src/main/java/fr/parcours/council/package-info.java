/**
 * Conseils citoyens (DOMAIN.md §3, process {@code council-cycle}): facilitators support the councils they are
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
 */
package fr.parcours.council;
