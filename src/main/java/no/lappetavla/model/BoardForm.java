package no.lappetavla.model;

/** The two mapping forms of lappeteknikk. */
public enum BoardForm {
    /** Horisontal kartlegging: process steps left to right, one swimlane (row) per profession. */
    HORIZONTAL,
    /** Vertikal kartlegging: one column per profession, time slots top to bottom. */
    VERTICAL;

    public BoardForm other() {
        return this == HORIZONTAL ? VERTICAL : HORIZONTAL;
    }
}
