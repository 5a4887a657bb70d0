"""Which channel a contact came by, and the service-level rule of each channel.

The platforms' exports name channels in their own words (旺旺, 咚咚, 飞鸽, 热线, 邮箱 ...);
csdesk sorts them into chat, phone, e-mail and other. Each channel has its own promise:
a call is answered within 30 s, a chat gets its first response within 60 s, an e-mail
its first reply within 4 hours (the plans' figures; the shop can change them). A call
counts against the promise whether it was answered or not; a chat or e-mail counts once
it has a first response.
"""

from __future__ import annotations

from dataclasses import dataclass

CHAT, PHONE, EMAIL, OTHER = "chat", "phone", "email", "other"
KINDS = (CHAT, PHONE, EMAIL, OTHER)

#: Words exports use, by channel; checked e-mail first ("mail" is in "e-mail" only).
_WORDS = (
    (EMAIL, ("邮件", "邮箱", "郵件", "e-mail", "email", "mail")),
    (PHONE, ("电话", "電話", "热线", "熱線", "phone", "call", "tel", "voice")),
    (
        CHAT,
        ("在线", "線上", "聊天", "旺旺", "咚咚", "飞鸽", "千牛", "微信", "chat", "online", "im"),
    ),
)

#: The promise of each channel in seconds (other: judged like chat).
DEFAULT_WITHIN = {PHONE: 30.0, CHAT: 60.0, EMAIL: 4 * 3600.0}


def channel_kind(word: str | None) -> str:
    """The channel a word of an export names: chat, phone, email or other."""
    if not word:
        return OTHER
    folded = word.strip().casefold()
    for kind, words in _WORDS:
        for known in words:
            # short Latin words must be the whole word ("im", "tel"), longer ones may be part
            if folded == known or (len(known) > 3 and known in folded):
                return kind
            if not known.isascii() and known in folded:
                return kind
    return OTHER


@dataclass(frozen=True)
class ServiceCounts:
    """A group of contacts counted against each channel's rule (additive)."""

    counted: int = 0
    in_time: int = 0

    def __add__(self, other: ServiceCounts) -> ServiceCounts:
        return ServiceCounts(self.counted + other.counted, self.in_time + other.in_time)


def service_counts(
    kind: str,
    calls: ServiceCounts,
    responses: ServiceCounts,
    other_responses: ServiceCounts = ServiceCounts(),
) -> ServiceCounts:
    """Which figures a channel's service level is made of.

    ``calls``: calls offered, and those answered within the phone promise; ``responses``:
    contacts with a first response, and those within the channel's promise. A call channel
    counts its calls; chat and e-mail their responses; "other" its calls by the phone
    rule and its other contacts (``other_responses``: no call outcome) by chat's, as
    ``in_time`` judges one contact.
    """
    if kind == PHONE:
        return calls
    if kind == OTHER:
        return calls + other_responses
    return responses


def in_time(kind: str, within: dict[str, float], answered: bool | None, wait: float | None,
            first_response: float | None) -> bool | None:  # fmt: skip
    """Whether one contact met its channel's promise (None: it does not count)."""
    if kind == PHONE or (kind == OTHER and answered is not None):
        if answered is None:
            return None
        return bool(answered) and wait is not None and wait <= within[PHONE]
    if first_response is None:
        return None
    return first_response <= within[CHAT if kind == OTHER else kind]
