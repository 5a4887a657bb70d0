"""Record a new complaint or correct a case file; problems show inside the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from csdesk.common.complaint_labels import complaint_channel_labels, priority_labels
from csdesk.common.edits import typed_over
from csdesk.domain.complaints import Priority
from csdesk.domain.staff import Status
from csdesk.services.complaints import case_changes, complaint_list, complaint_settings
from csdesk.services.complaints import case_files as complaints
from csdesk.services.errors import UserError
from csdesk.services.server.record_versions import ChangedMeanwhile
from csdesk.services.staff import agents as staff
from csdesk.ui.common.combos import fill_combo, select_key
from csdesk.ui.common.date_edits import datetime_edit, edited_datetime
from csdesk.ui.common.forms import lay_out_form, say_reloaded
from csdesk.ui.context import AppContext


class ComplaintDialog(QDialog):
    """The case file form. ``complaint`` None records a new complaint."""

    def __init__(
        self,
        ctx: AppContext,
        complaint: complaints.ComplaintRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.complaint = complaint
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Case file {ref}").format(ref=complaint.ref)
            if complaint
            else self.tr("New complaint")
        )
        self.setMinimumWidth(560)
        self._build()
        self._load(complaint.data if complaint else None)

    def _build(self) -> None:
        self.received_at = datetime_edit()
        self.priority = QComboBox()
        fill_combo(self.priority, priority_labels())
        self.channel = QComboBox()
        self.channel.setEditable(True)
        channels = complaint_channel_labels()
        for extra in complaint_list.channels(self.ctx.db):
            channels.setdefault(extra, extra)
        fill_combo(self.channel, channels)
        self.platform = QComboBox()
        self.platform.setEditable(True)
        for platform in dict.fromkeys(
            ["淘宝", "京东", "拼多多", "抖音", *complaint_list.platforms(self.ctx.db)]
        ):
            self.platform.addItem(platform)
        self.shop = QLineEdit()
        self.customer = QLineEdit()
        self.contact = QLineEdit()
        self.order_no = QLineEdit()
        self.product = QLineEdit()
        self.category = QComboBox()
        self.category.addItem(self.tr("(choose)"), "")
        for category in complaint_settings.list_categories(self.ctx.db, include_archived=False):
            text = f"    {category.name}" if category.parent_id else category.name
            self.category.addItem(text, str(category.id))
        self.agent = QComboBox()
        self.agent.addItem(self.tr("(nobody yet)"), "")
        for agent in staff.list_agents(self.ctx.db):
            if agent.data.status != Status.LEFT or (
                self.complaint and self.complaint.data.agent_id == agent.id
            ):
                self.agent.addItem(f"{agent.name} ({agent.employee_no})", str(agent.id))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)

        form = QFormLayout()
        form.addRow(self.tr("Received at"), self.received_at)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Shop"), self.shop)
        form.addRow(self.tr("Customer (name or handle)"), self.customer)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Order number"), self.order_no)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("First-responsible agent"), self.agent)
        form.addRow(self.tr("Description"), self.description)
        self.problems, self.buttons = lay_out_form(self, form, self.save)

    def _load(self, data: complaints.ComplaintData | None) -> None:
        if data is None:
            select_key(self.priority, Priority.NORMAL)
            return
        self.received_at.setDateTime(datetime_edit(data.received_at).dateTime())
        select_key(self.priority, data.priority)
        index = self.channel.findData(data.channel)
        if index >= 0:
            self.channel.setCurrentIndex(index)
        else:
            self.channel.setEditText(data.channel)
        self.platform.setEditText(data.platform)
        self.shop.setText(data.shop)
        self.customer.setText(data.customer)
        self.contact.setText(data.contact)
        self.order_no.setText(data.order_no)
        self.product.setText(data.product)
        if data.category_id is not None:
            select_key(self.category, str(data.category_id))
        if data.agent_id is not None:
            select_key(self.agent, str(data.agent_id))
        self.description.setPlainText(data.description)

    def data(self) -> complaints.ComplaintData:
        """The case file as the form shows it."""
        channel_text = self.channel.currentText().strip()
        channel = self.channel.currentData()
        if channel is None or self.channel.itemText(self.channel.currentIndex()) != channel_text:
            channel = channel_text
        category = self.category.currentData()
        agent = self.agent.currentData()
        return complaints.ComplaintData(
            received_at=edited_datetime(self.received_at),
            customer=self.customer.text(),
            priority=self.priority.currentData(),
            channel=channel,
            platform=self.platform.currentText(),
            shop=self.shop.text(),
            contact=self.contact.text(),
            order_no=self.order_no.text(),
            product=self.product.text(),
            category_id=int(category) if category else None,
            description=self.description.toPlainText(),
            agent_id=int(agent) if agent else None,
        )

    def save(self) -> None:
        """Save the case file, or list what is wrong and stay open."""
        data = self.data()
        if data.category_id is None:
            self.problems.show_problems([self.tr("Choose a category.")])
            return
        try:
            if self.complaint is None:
                self.saved_id = case_changes.create_complaint(
                    self.ctx.db, data, author=self.ctx.author
                )
            else:
                case_changes.update_complaint(
                    self.ctx.db, self.complaint.id, data, author=self.ctx.author,
                    seen_version=self.complaint.version,
                )  # fmt: skip
                self.saved_id = self.complaint.id
        except ChangedMeanwhile as exc:
            self._reload_keeping(data, exc.message)
            return
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.ctx.notices.complaints_changed.emit()
        self.accept()

    def _reload_keeping(self, typed: complaints.ComplaintData, why: str) -> None:
        """Show the case file as another seat saved it, with what was typed here on top."""
        assert self.complaint is not None  # only a change can meet a newer version
        opened = self.complaint.data
        self.complaint = complaints.get_complaint(self.ctx.db, self.complaint.id)
        self._load(typed_over(opened, typed, self.complaint.data))
        say_reloaded(self.problems, why)
