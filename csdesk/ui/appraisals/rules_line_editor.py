"""One line of a scorecard in the rules editor: the KPI, its target, its points and its rule.

The spin boxes show values in the KPI's unit (percent, seconds, yuan) and store them as the
rules keep them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.appraisal_labels import kpi_labels
from csdesk.domain.kpis import BY_KEY, Direction, Unit
from csdesk.domain.scorecard_defaults import new_line
from csdesk.domain.scoring import Line
from csdesk.domain.scoring_rules import Band, RuleKind, ScoringRule
from csdesk.ui.common.combos import fill_combo
from csdesk.ui.common.widgets import button_row

#: Unit -> (decimals, largest value, factor from the stored value to the shown one).
SHOWN = {
    Unit.PERCENT: (1, 100.0, 1.0),
    Unit.SECONDS: (0, 86_400.0, 1.0),
    Unit.CENTS: (2, 100_000_000.0, 0.01),
    Unit.COUNT: (0, 10_000.0, 1.0),
    Unit.SCORE: (1, 100.0, 1.0),
    Unit.RATING: (1, 5.0, 1.0),
}


def value_spin(unit: Unit) -> QDoubleSpinBox:
    """A spin box for a KPI value in ``unit`` as people write it."""
    spin = QDoubleSpinBox()
    spin.setAccelerated(True)
    set_unit(spin, unit)
    return spin


def set_unit(spin: QDoubleSpinBox, unit: Unit) -> None:
    """Make ``spin`` take values in ``unit``: decimals, range and suffix."""
    decimals, top, _factor = SHOWN[unit]
    spin.setDecimals(decimals)
    spin.setRange(0.0, top)
    spin.setSuffix({Unit.PERCENT: " %", Unit.SECONDS: " s", Unit.RATING: " / 5"}.get(unit, ""))


def points_spin() -> QDoubleSpinBox:
    """A spin box for points (0-200: a cap above 100 rewards beating the target)."""
    spin = QDoubleSpinBox()
    spin.setDecimals(0)
    spin.setRange(0.0, 200.0)
    return spin


def shown(unit: Unit, stored: float) -> float:
    """A stored KPI value as the spin boxes show it (cents as yuan)."""
    return stored * SHOWN[unit][2]


def stored(unit: Unit, value: float) -> float:
    """A value typed in a spin box as the rules keep it."""
    factor = SHOWN[unit][2]
    return round(value / factor) if factor != 1.0 else value


class LineEditor(QGroupBox):
    """The selected line: KPI, weight, and its bands or straight line."""

    edited = Signal(object)  # the line as now edited

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line: Line | None = None
        self._loading = False
        self.kpi = QComboBox()
        self.kpi.setObjectName("lineKpi")
        self.direction = QLabel()
        self.weight = QDoubleSpinBox()
        self.weight.setObjectName("lineWeight")
        self.weight.setDecimals(1)
        self.weight.setRange(0.0, 1000.0)
        self.kind = QComboBox()
        self.kind.setObjectName("lineKind")
        self.stack = QStackedWidget()

        self.bands = QTableWidget(0, 2)
        self.bands.setObjectName("lineBands")
        self.bands.verticalHeader().hide()
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bands.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.bands.setMinimumHeight(150)
        self.add_band = QPushButton()
        self.remove_band = QPushButton()
        self.below = points_spin()
        self.below.setObjectName("lineBelow")
        self.below_label = QLabel()
        band_page = QWidget()
        band_layout = QVBoxLayout(band_page)
        band_layout.setContentsMargins(0, 0, 0, 0)
        band_layout.addWidget(self.bands, 1)
        band_row = button_row(self.add_band, self.remove_band, None, self.below_label, self.below)
        band_layout.addLayout(band_row)

        self.floor_label, self.target_label, self.cap_label = QLabel(), QLabel(), QLabel()
        self.floor = value_spin(Unit.COUNT)
        self.target = value_spin(Unit.COUNT)
        self.cap = points_spin()
        self.floor.setObjectName("lineFloor")
        self.target.setObjectName("lineTarget")
        self.cap.setObjectName("lineCap")
        linear_page = QWidget()
        linear = QFormLayout(linear_page)
        linear.setContentsMargins(0, 0, 0, 0)
        linear.addRow(self.floor_label, self.floor)
        linear.addRow(self.target_label, self.target)
        linear.addRow(self.cap_label, self.cap)
        self.stack.addWidget(band_page)
        self.stack.addWidget(linear_page)

        self.kpi_label, self.weight_label, self.kind_label = QLabel(), QLabel(), QLabel()
        for caption, field in (
            (self.kpi_label, self.kpi),
            (self.weight_label, self.weight),
            (self.kind_label, self.kind),
        ):
            caption.setBuddy(field)
        form = QFormLayout()
        kpi_row = QHBoxLayout()
        kpi_row.addWidget(self.kpi, 1)
        kpi_row.addWidget(self.direction)
        form.addRow(self.kpi_label, kpi_row)
        form.addRow(self.weight_label, self.weight)
        form.addRow(self.kind_label, self.kind)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.stack, 1)

        self.kpi.currentIndexChanged.connect(lambda _i: self._kpi_changed())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        for spin in (self.weight, self.below, self.floor, self.target, self.cap):
            spin.valueChanged.connect(lambda _v: self._emit())
        self.add_band.clicked.connect(self._add_band)
        self.remove_band.clicked.connect(self._remove_band)
        self.setEnabled(False)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Selected line"))
        self.kpi_label.setText(self.tr("&KPI"))
        self.weight_label.setText(self.tr("&Weight"))
        self.kind_label.setText(self.tr("Scored b&y"))
        self.bands.setHorizontalHeaderLabels([self.tr("Reaching"), self.tr("Points")])
        self.add_band.setText(self.tr("Add &band"))
        self.remove_band.setText(self.tr("Remove band"))
        self.below_label.setText(self.tr("Points below every band"))
        self.floor_label.setText(self.tr("0 points at"))
        self.target_label.setText(self.tr("100 points at (target)"))
        self.cap_label.setText(self.tr("At most (points)"))
        self.cap.setToolTip(self.tr("Above 100 rewards beating the target; 100 does not"))
        self._loading = True
        # an agent's KPIs only: the team's own figures (complaint rate ...) are not on cards
        fill_combo(self.kpi, {k: v for k, v in kpi_labels().items() if k in BY_KEY})
        fill_combo(
            self.kind,
            {
                RuleKind.BANDS: self.tr("Bands"),
                RuleKind.LINEAR: self.tr("Straight line from 0 to 100 points"),
            },
        )
        self._loading = False
        self.show_line(self.line)

    # --- showing ----------------------------------------------------------------------
    def show_line(self, line: Line | None) -> None:
        """Put ``line`` in the form (None: nothing selected)."""
        self.line = line
        self.setEnabled(line is not None)
        if line is None:
            return
        self._loading = True
        try:
            self.kpi.setCurrentIndex(max(self.kpi.findData(line.kpi), 0))
            self.weight.setValue(line.weight)
            self.kind.setCurrentIndex(self.kind.findData(str(line.rule.kind)))
            self._show_rule(line)
        finally:
            self._loading = False

    def _unit(self) -> Unit:
        return BY_KEY[self.kpi.currentData()].unit

    def _show_rule(self, line: Line) -> None:
        unit, rule = self._unit(), line.rule
        self.direction.setText(
            self.tr("higher is better")
            if line.direction is Direction.HIGHER
            else self.tr("lower is better")
        )
        self.stack.setCurrentIndex(0 if rule.kind is RuleKind.BANDS else 1)
        for spin, value in ((self.floor, rule.floor), (self.target, rule.target)):
            set_unit(spin, unit)
            spin.setValue(shown(unit, value))
        self.cap.setValue(rule.cap)
        self.below.setValue(rule.below)
        self.bands.setRowCount(0)
        for band in rule.bands:
            self._band_row(band)

    def _band_row(self, band: Band) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        threshold, reward = value_spin(self._unit()), points_spin()
        threshold.setValue(shown(self._unit(), band.threshold))
        reward.setValue(band.points)
        for column, spin in enumerate((threshold, reward)):
            spin.setFrame(False)
            spin.valueChanged.connect(lambda _v: self._emit())
            self.bands.setCellWidget(row, column, spin)

    # --- editing ------------------------------------------------------------------------
    def _kpi_changed(self) -> None:
        if self._loading or self.line is None:
            return
        kpi = self.kpi.currentData()
        if kpi == self.line.kpi:
            return
        # Another KPI means another unit: start from that KPI's usual rule.
        line = new_line(kpi, self.weight.value())
        self.show_line(line)
        self.edited.emit(line)

    def _kind_changed(self) -> None:
        if self._loading or self.line is None:
            return
        kind = RuleKind(self.kind.currentData())
        current = self.line.rule
        if kind is RuleKind.BANDS and not current.bands:
            start = new_line(self.line.kpi).rule
            bands = start.bands or (Band(current.target, 100.0), Band(current.floor, 50.0))
            rule = replace(current, kind=kind, bands=bands)
        else:
            rule = replace(current, kind=kind)
        line = replace(self.line, rule=rule)
        self.show_line(line)
        self.edited.emit(line)

    def _add_band(self) -> None:
        if self.line is None:
            return
        last = self.line.rule.bands[-1] if self.line.rule.bands else Band(0.0, 100.0)
        self._band_row(Band(last.threshold, max(last.points - 20.0, 0.0)))
        self._emit()

    def _remove_band(self) -> None:
        row = self.bands.currentRow()
        if row < 0:
            row = self.bands.rowCount() - 1
        if row >= 0:
            self.bands.removeRow(row)
            self._emit()

    def _emit(self) -> None:
        if self._loading or self.line is None:
            return
        unit = self._unit()
        bands = tuple(
            Band(stored(unit, self._spin(row, 0).value()), self._spin(row, 1).value())
            for row in range(self.bands.rowCount())
        )
        rule = ScoringRule(
            RuleKind(self.kind.currentData()),
            bands,
            floor=stored(unit, self.floor.value()),
            target=stored(unit, self.target.value()),
            cap=self.cap.value(),
            below=self.below.value(),
        )
        self.line = replace(self.line, weight=self.weight.value(), rule=rule)
        self.edited.emit(self.line)

    def _spin(self, row: int, column: int) -> QDoubleSpinBox:
        widget = self.bands.cellWidget(row, column)
        assert isinstance(widget, QDoubleSpinBox)  # the band table holds only spin boxes
        return widget
