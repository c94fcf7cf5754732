"""How long the GUI thread ever stops responding: a fast timer on it, and the gaps between its
turns (used by bench_window.py and bench_views.py)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer


class GapMeter:
    """A fast timer on the GUI thread; the gaps between its turns are the window's stalls."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self.times: list[float] = []
        self.marked: float | None = None
        self._last = 0

    def start(self) -> None:
        self.gaps.clear()
        self.times.clear()
        self.marked = None
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self.times.append(now / 1e9)
        self._last = now

    def worst(self, n: int = 3) -> str:
        """The longest gaps and when they ended (seconds after the start)."""
        order = sorted(range(len(self.gaps)), key=lambda i: -self.gaps[i])[:n]
        return ", ".join(f"{self.gaps[i]:.0f} ms at {self.times[i]:.1f} s" for i in order)

    def mark(self) -> None:
        """Note this moment (the first training step arrived)."""
        if self.marked is None:
            self.marked = self.clock.nsecsElapsed() / 1e9

    def summary(self, after_mark: bool = False) -> tuple[float, float, int]:
        gaps = self.gaps
        if after_mark and self.marked is not None:
            gaps = [g for g, t in zip(self.gaps, self.times, strict=True) if t > self.marked]
        ordered = sorted(gaps)
        p99 = ordered[int(0.99 * (len(ordered) - 1))] if ordered else 0.0
        return (max(ordered) if ordered else 0.0), p99, len(ordered)
