/**
 * Collective DLA (DOMAIN.md §2, process {@code dla-collective}): a region's coordinators run one accompaniment
 * for several structures.
 *
 * <p>The process: census of the region's eligible structures (they become invited participations) → mobilisation
 * meeting (those present participate) → two branches in parallel: the collective one (cahier des charges →
 * consultant chosen → collective sessions, one at a time, each with its attendance, until "no more sessions") and
 * one track per participating structure (a parallel multi-instance: its needs, then work notes until its
 * deliverables) → end evaluation → follow-up. A non-interrupting timer at start date + planned duration gives the
 * coordinators a "runs late" task; the accompaniment goes on.
 *
 * <p>Structures joining and leaving: a structure drops out, with its reason, at the needs step or at any work
 * step of its own track (the track's gateways end it, the other tracks go on). A structure joins late from the
 * collective page while the tracks run ({@link fr.parcours.collective.LateJoins}): it gets its own track, added to
 * the running multi-instance.
 *
 * <p>Deliverables and dashboard: each participating structure's deliverables (action plan, aided contracts at stake
 * and made permanent, funding leads, CITER evaluation) are recorded outside the engine from its dashboard row
 * ({@link fr.parcours.collective.DeliverablesService}). The dashboard ({@link fr.parcours.collective.CollectiveDashboards})
 * reads every structure's figures in one aggregate SQL query and the tracks' open tasks in three engine queries for
 * the whole collective, whatever the number of structures. Structures that dropped out stay listed but outside
 * every total, on the dashboard as in the regional view ({@link fr.parcours.collective.RegionalViews}).
 */
package fr.parcours.collective;
