package no.lappetavla.io;

/** The columns of a task list the importer understands; anything else is reported as ignored. */
public enum ImportColumn {
    TASK,
    /** "Hvem gjør det (i dag)": who does the task today, one note per profession. */
    WHO_TODAY,
    TIME,
    PLACE,
    USER_NEED,
    COMPETENCE_NEED,
    DURATION,
    MUST,
    CAN,
    COMMENT
}
