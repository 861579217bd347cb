/**
 * Conseils citoyens (docs/domain.md#conseils-citoyens, process {@code council-cycle}): facilitators support the
 * councils they are assigned to; the regional coordinators see their region's. This package holds the case root:
 * the {@link fr.parcours.council.Council}, and {@link fr.parcours.council.CouncilService}, which reads councils
 * within a user's reach (404 otherwise) for every sub-feature:
 * <ul>
 * <li>{@code administration}: founding and editing a council (coordinators of its region, admins);</li>
 * <li>{@code facilitators}: assigning and removing its facilitators, who join its candidate group
 * ({@code council-<id>}); a removed facilitator's claimed tasks go back to the group, their activity log stays
 * theirs;</li>
 * <li>{@code members}: members in two colleges with minimal personal data, and the loi Lamy check;</li>
 * <li>{@code draws}: residents drawn by lot;</li>
 * <li>{@code cycles}: the animation cycle, one process instance each — mobilisation actions → meeting preparation →
 * the meeting, held (attendance, decisions taken by the council, each one an action) or cancelled (back to
 * preparation) → follow-up of the decided actions (skipped when none) → cycle report → after
 * {@code parcours.council.cycle-period} a timer starts the next cycle; the first one starts from the council page.
 * Its tasks' case is the cycle of their process instance, found in the app's table, never from the instance's
 * variables;</li>
 * <li>{@code activity}: the facilitator's activity log — each cycle step on its axis with the time typed on the
 * form, other activities entered by hand — and the activity-reporting sheet;</li>
 * <li>{@code indicators}: one council's indicators, and the same across the councils within reach;</li>
 * <li>{@code civic}: steering-body seats and interpellations (loi Lamy art. 7);</li>
 * <li>{@code privacy}: a member's data exported or erased on request (RGPD);</li>
 * <li>{@code process}: the process's ids and variables, and its delegates; {@code demo}: demo data.</li>
 * </ul>
 *
 * <p>Residents are drawn by lot: a draw records its date, the lists it drew from (kind and number of names), how
 * many were drawn and each one's answer. Those who accepted join the residents' college on the draw's date, with
 * their name and gender, and keep the draw's id (it is part of their data export). Those who declined or could not
 * be reached are only counted, never named: they are not members, Parcours has no purpose for their names (RGPD
 * art. 5.1.c, data minimisation), and the counts are what the procès-verbal needs to show that every drawn person
 * was asked. The paper lists themselves stay with whoever drew (mairie, bailleurs); Parcours keeps their sizes only.
 */
package fr.parcours.council;
