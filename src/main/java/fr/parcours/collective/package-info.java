/**
 * Collective DLA (docs/domain.md#collective-dla, process {@code dla-collective}): a region's coordinators run one accompaniment
 * for several structures.
 *
 * <p>The process: census of the region's eligible structures (they become invited participations) → mobilisation
 * meeting (those present participate) → two branches in parallel: the collective one (cahier des charges →
 * consultant selection with the steps and rules of an individual ingénierie ({@link fr.parcours.collective.selection.CollectiveSelection}:
 * preselection, proposals, grid, validated choice and notices) → collective sessions, one at a time, each with its
 * attendance, until "no more sessions"; the chosen firm's consultants may hold them too and see, under
 * {@code /collective/firm}, the sessions and structures of their collectives only; there every preselected firm also
 * reads its own outcome of each selection, with the collective's title and region and nothing else of it:
 * {@link fr.parcours.collective.selection.CollectiveNotices}) and
 * one track per participating structure (a parallel multi-instance: its needs, then work notes until its
 * deliverables) → end evaluation → follow-up. A non-interrupting timer at start date + planned duration gives the
 * coordinators a "runs late" task; the accompaniment goes on.
 *
 * <p>Who runs it with the coordinators ({@link fr.parcours.collective.partners.Partnerships}): carrying organisations (the seed's
 * MRA of France Médiation and CRESS, chosen among the organisations an administrator gave a carrier role) and departmental operators of
 * the collective's region (Nord Actif), named when opening the collective or changed later, each time audited.
 *
 * <p>The census lists each eligible structure with what was checked ({@link fr.parcours.collective.census.CensusEntry}): a
 * social-mediation project and at least one adultes-relais agreement (the seed's criteria), and its headcount.
 * Demo mode seeds the seed's Hauts-de-France collective through the process ({@link fr.parcours.collective.demo.HautsDeFranceDemo}).
 *
 * <p>Structures joining and leaving: a structure drops out, with its reason, at the needs step or at any work
 * step of its own track (the track's gateways end it, the other tracks go on). A structure joins late from the
 * collective page while the tracks run ({@link fr.parcours.collective.tracks.LateJoins}): it gets its own track, added to
 * the running multi-instance.
 *
 * <p>Entry from an individual DLA ({@link fr.parcours.collective.referrals.CollectiveReferrals}): when the comité d'appui keeps
 * a plan with an axis treated by joining an ingénierie collective, the plan side publishes
 * {@link fr.parcours.dla.CollectiveEngineeringApproved} and this package records a referral to the structure's
 * region in the same transaction (the individual DLA does not depend on this package). The region's coordinators
 * see the pending referrals ({@code /collective/referrals}, announced on the collectives page) and accept each into a
 * running collective of the region — a late join, so the structure gets its own track — or decline it with a reason.
 * The individual case file shows the outcome (a {@code CaseFileSection}) and its timeline the audit records.
 *
 * <p>Deliverables and dashboard: each participating structure's deliverables (action plan, aided contracts at stake
 * and made permanent, funding leads, CITER evaluation) are recorded outside the engine from its dashboard row
 * ({@link fr.parcours.collective.deliverables.DeliverablesService}). The dashboard ({@link fr.parcours.collective.dashboard.CollectiveDashboards})
 * reads every structure's figures in one aggregate SQL query and the tracks' open tasks in three engine reads for
 * the whole collective, whatever the number of structures. Structures that dropped out stay listed but outside
 * every total, on the dashboard as in the regional view ({@link fr.parcours.collective.region.RegionalViews}).
 *
 * <p>Adultes-relais and CITER in figures (issue 15): {@code adultesrelais} keeps each structure's adultes-relais
 * agreements and runs the {@code adulte-relais-agreement} process (a task six months before each end); the posts
 * made permanent shown with the deliverables are counted from those records. {@code citer} adds up each register's
 * measured values and estimates the economic register's avoided costs, always with their assumptions.
 *
 * <p>Where things are: this package holds the case root (the collective, its phases, the service that opens and reads
 * collectives within a scope, the collective steps the delegates record, and {@link fr.parcours.collective.CollectiveCases},
 * which finds a task's collective for the task kernel); {@code process/} the process ids and the delegates; one
 * sub-package per sub-feature, each with its pages in its own {@code web/}: {@code census} (census and mobilisation
 * meeting), {@code tracks}, {@code sessions}, {@code selection}, {@code deliverables}, {@code referrals},
 * {@code partners}, {@code dashboard}, {@code region}, {@code firm}, {@code adultesrelais}, {@code citer}; {@code demo/} the demo collective.
 */
package fr.parcours.collective;
