/**
 * Demo mode only: the life of a conseil citoyen, so that a visitor finds every council feature filled in — a draw
 * by lot, two animation cycles carried through the real {@code council-cycle} process and a third one waiting at
 * its meeting preparation, a steering-body meeting, two interpellations, other activities with the hours spent.
 *
 * <p>{@link fr.parcours.council.demo.CouncilLife} seeds one council once, whatever the restarts or app nodes: it
 * claims a {@code demo_seed} row in its own transaction, so a concurrent node waits then skips, and a failure leaves
 * nothing behind. {@link fr.parcours.council.demo.CouncilLifeDemoData} applies it to the Paris 18e council facilitated
 * by karim.haddad, unless {@code parcours.demo.council-life=false} (the tests switch it off: their journeys start
 * from a council without cycles).
 *
 * <p>Days are counted back from today ({@link fr.parcours.council.demo.LifeCalendar}). The services stamp some rows
 * with the day they are recorded (cycle start and end, steps without a day of their own); {@link
 * fr.parcours.council.demo.Backdating} moves those to the story's days, so that the history reads in order.
 */
package fr.parcours.council.demo;
