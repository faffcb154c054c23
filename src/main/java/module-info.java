/** Lappetavla: lappeteknikk boards, må/kan decisions and task cards. */
module no.lappetavla {
    requires javafx.controls;
    requires javafx.swing;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires org.apache.poi.ooxml;
    requires org.apache.pdfbox;
    requires java.prefs;
    requires java.logging;

    // Jackson binds the workshop file straight onto the model records.
    opens no.lappetavla.model to com.fasterxml.jackson.databind;
    opens no.lappetavla.io to com.fasterxml.jackson.databind;

    exports no.lappetavla.app to javafx.graphics;
}
