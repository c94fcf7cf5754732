"""The window's colours: light or dark (following the system, or chosen in View → Colours), and
the colours of curves, classes and runs (the usual ones, or a set that people with any common
colour blindness can tell apart, chosen in the same menu). Remembered by the main window.

Every view that paints itself asks :func:`colours` for its colours and repaints on
``changed``; widgets Qt draws follow the application's palette, which is set here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from nnstudio.core.i18n import QT_TRANSLATE_NOOP
from nnstudio.ui.common.style import is_dark

SCHEMES = {
    "system": QT_TRANSLATE_NOOP("Colours", "As the computer (system)"),
    "light": QT_TRANSLATE_NOOP("Colours", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Colours", "&Dark"),
}
PALETTES = {
    "standard": QT_TRANSLATE_NOOP("Colours", "&Usual colours"),
    "colour-blind": QT_TRANSLATE_NOOP("Colours", "Colours for colour &blindness"),
}

#: Curves, classes and runs: the usual colours (bright, familiar; red and green both appear).
STANDARD_SERIES = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf",
)  # fmt: skip
#: Okabe and Ito's colours, told apart with any common colour blindness; on a dark background
#: their black becomes white.
COLOUR_BLIND_SERIES = (
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000",
)  # fmt: skip
#: Weights: negative and positive (blue and vermilion in the safe set).
STANDARD_SIGNS = ("#1565c0", "#e4572e")
COLOUR_BLIND_SIGNS = ("#0072b2", "#d55e00")
#: A run's curves: training per epoch, per batch, validation (dashed too), the replay marker.
STANDARD_CURVES = ("#1f77b4", "#aec7e8", "#ff7f0e", "#9467bd")
COLOUR_BLIND_CURVES = ("#0072b2", "#56b4e9", "#d55e00", "#cc79a7")


def _dark_palette() -> QPalette:
    """A dark palette for the Fusion style (the same roles Qt's own dark schemes set)."""
    p = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    disabled = QColor("#80868b")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#303134"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9aa0a6"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#2d2f31"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff8a80"),
        QPalette.ColorRole.Light: QColor("#3c4043"),
        QPalette.ColorRole.Midlight: QColor("#34373a"),
        QPalette.ColorRole.Mid: QColor("#2a2c2f"),
        QPalette.ColorRole.Dark: QColor("#111214"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#3d7bd9"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: QColor("#c58af9"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


class Colours(QObject):
    """The colour scheme and the series palette, applied to the application."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.scheme = "system"
        #: Safe for colour blindness unless the usual colours are chosen.
        self.palette_name = "colour-blind"
        self._light: QPalette | None = None
        self._style: str | None = None
        self._watching = False

    # --- what the views ask ---------------------------------------------------------------

    @property
    def dark(self) -> bool:
        """Whether the window is dark now."""
        if self.scheme == "system":
            return system_is_dark()
        return self.scheme == "dark"

    @property
    def colour_blind(self) -> bool:
        return self.palette_name == "colour-blind"

    def series(self, index: int) -> QColor:
        """The colour of curve, class or run ``index`` (0, 1, …)."""
        colours = COLOUR_BLIND_SERIES if self.colour_blind else STANDARD_SERIES
        colour = QColor(colours[index % len(colours)])
        if self.dark and colour.lightness() < 40:
            colour = QColor("#ffffff")
        return colour

    def signs(self) -> tuple[QColor, QColor]:
        """The colours of a negative and a positive weight."""
        negative, positive = COLOUR_BLIND_SIGNS if self.colour_blind else STANDARD_SIGNS
        return QColor(negative), QColor(positive)

    def curves(self) -> tuple[str, str, str, str]:
        """The colours of training per epoch, per batch, validation and the replay marker."""
        return COLOUR_BLIND_CURVES if self.colour_blind else STANDARD_CURVES

    def background(self) -> QColor:
        """The background of a plot or a drawing."""
        return QColor("#17181a") if self.dark else QColor("#ffffff")

    def foreground(self) -> QColor:
        """Text, axes and outlines on :meth:`background`."""
        return QColor("#e8eaed") if self.dark else QColor("#333333")

    def muted(self) -> QColor:
        """Grey lines and secondary text on :meth:`background`."""
        return QColor("#9aa0a6") if self.dark else QColor("#888888")

    def follow(self, owner: QObject, slot: Callable[[], None]) -> None:
        """Call ``slot`` when the colours change, for as long as ``owner`` lives (give a
        function or a lambda, not a method of ``owner``: that cannot be disconnected once
        ``owner`` is gone)."""
        from nnstudio.ui.common.editor import follow

        follow(owner, self.changed, slot)

    # --- choosing ----------------------------------------------------------------------------

    def set(self, *, scheme: str | None = None, palette: str | None = None) -> None:
        if scheme in SCHEMES:
            self.scheme = scheme
        if palette in PALETTES:
            self.palette_name = palette
        self.apply()

    def apply(self) -> None:
        """Give the application the palette of the scheme, and tell every view."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._watch(app)
            if self._light is None:
                self._light = QPalette(app.palette())
                self._style = app.style().name()
            if self.dark and not is_dark(app.palette()):
                app.setStyle("Fusion")  # draws any palette; some native styles ignore it
                app.setPalette(_dark_palette())
            elif not self.dark and is_dark(app.palette()):
                if self.scheme == "light" and system_is_dark():
                    app.setStyle("Fusion")
                    app.setPalette(app.style().standardPalette())
                else:
                    if self._style:
                        app.setStyle(self._style)
                    app.setPalette(self._light)
        _configure_plots(self)
        self.changed.emit()

    def _watch(self, app: QApplication) -> None:
        if not self._watching:
            self._watching = True
            app.styleHints().colorSchemeChanged.connect(self._system_changed)

    def _system_changed(self) -> None:
        if self.scheme == "system":
            self.apply()


def system_is_dark() -> bool:
    """Whether the system asks for dark windows."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _configure_plots(colours: Colours) -> None:
    import pyqtgraph as pg

    pg.setConfigOptions(
        background=colours.background().name(), foreground=colours.foreground().name()
    )


_colours: Colours | None = None


def colours() -> Colours:
    """The one set of colours of the application."""
    global _colours
    if _colours is None:
        _colours = Colours()
    return _colours


def follow_plot(widget: object) -> None:
    """Keep a pyqtgraph widget (a PlotWidget or a GraphicsLayoutWidget) in the window's
    colours: its background, axes, tick labels and titles, now and whenever they change."""
    import pyqtgraph as pg

    def apply() -> None:
        scheme = colours()
        foreground = scheme.foreground()
        widget.setBackground(scheme.background())  # type: ignore[attr-defined]
        # Every plot in it, a heatmap's colour bar (a plot too) included.
        for item in widget.scene().items():  # type: ignore[attr-defined]
            if not isinstance(item, pg.PlotItem):
                continue
            for name in ("left", "bottom", "right", "top"):
                axis = item.getAxis(name)
                axis.setPen(foreground)
                axis.setTextPen(foreground)
                if axis.labelText:
                    axis.setLabel(axis.labelText, color=foreground.name())
            title = item.titleLabel
            if title.text:
                title.setText(title.text, color=foreground.name())

    apply()
    colours().follow(widget, apply)  # type: ignore[arg-type]
