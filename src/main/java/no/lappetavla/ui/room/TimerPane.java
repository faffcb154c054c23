package no.lappetavla.ui.room;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import no.lappetavla.ui.Messages;

/** The round timer as the room sees it: large minutes:seconds, start/pause, reset, length. */
public final class TimerPane extends HBox {

    private final RoundTimer timer;
    private final Label time = new Label();
    private final Timeline flash;

    public TimerPane(RoundTimer timer) {
        this.timer = timer;
        getStyleClass().add("timer-pane");
        setAlignment(Pos.CENTER_RIGHT);
        setSpacing(6);
        time.getStyleClass().add("timer-time");
        time.setAccessibleText(Messages.get("timer.accessible"));
        Spinner<Integer> minutes = new Spinner<>(1, 120, timer.length() / 60);
        minutes.setEditable(true);
        minutes.setPrefWidth(95);
        minutes.setAccessibleText(Messages.get("timer.minutes"));
        minutes.setTooltip(new Tooltip(Messages.get("timer.minutes")));
        minutes.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                timer.setLength(b * 60);
            }
        });
        Button startPause = new Button();
        startPause.textProperty().bind(javafx.beans.binding.Bindings.when(timer.runningProperty())
                .then(Messages.get("timer.pause")).otherwise(Messages.get("timer.start")));
        startPause.setOnAction(e -> timer.toggle());
        startPause.setTooltip(new Tooltip(Messages.get("timer.startTip")));
        startPause.setFocusTraversable(false);
        Button reset = new Button(Messages.get("timer.reset"));
        reset.setOnAction(e -> timer.reset());
        reset.setFocusTraversable(false);
        getChildren().addAll(new Label(Messages.get("timer.label")), minutes, time, startPause, reset);

        flash = new Timeline(new KeyFrame(Duration.millis(500), e -> time.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("blink"), !time.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("blink")))));
        flash.setCycleCount(Animation.INDEFINITE);
        timer.remainingProperty().addListener((o, a, b) -> show());
        timer.finishedProperty().addListener((o, was, is) -> {
            time.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("finished"), is);
            if (is) {
                flash.play();
            } else {
                flash.stop();
                time.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("blink"), false);
            }
            show();
        });
        show();
    }

    private void show() {
        int s = timer.remainingProperty().get();
        time.setText(timer.finishedProperty().get() ? Messages.get("timer.done") : String.format("%02d:%02d", s / 60, s % 60));
    }
}
