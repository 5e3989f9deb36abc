"""The LEADS in a Caring Environment framework: five domains, four capabilities each.

Goals and sessions are tagged with capability codes such as ``L1`` (Lead self: are
self-aware); the codes are stable, the names are translated at display time.
"""

from __future__ import annotations

from dataclasses import dataclass

from mentorat_desktop.i18n import N_, _


@dataclass(frozen=True)
class LeadsCapability:
    code: str
    domain: str
    name: str

    @property
    def label(self) -> str:
        return _(self.name)


DOMAINS: dict[str, str] = {
    "L": N_("Lead Self"),
    "E": N_("Engage Others"),
    "A": N_("Achieve Results"),
    "D": N_("Develop Coalitions"),
    "S": N_("Systems Transformation"),
}

CAPABILITIES: tuple[LeadsCapability, ...] = (
    LeadsCapability("L1", "L", N_("Are self-aware")),
    LeadsCapability("L2", "L", N_("Manage themselves")),
    LeadsCapability("L3", "L", N_("Develop themselves")),
    LeadsCapability("L4", "L", N_("Demonstrate character")),
    LeadsCapability("E1", "E", N_("Foster development of others")),
    LeadsCapability("E2", "E", N_("Contribute to the creation of healthy organizations")),
    LeadsCapability("E3", "E", N_("Communicate effectively")),
    LeadsCapability("E4", "E", N_("Build teams")),
    LeadsCapability("A1", "A", N_("Set direction")),
    LeadsCapability(
        "A2", "A", N_("Strategically align decisions with vision, values and evidence")
    ),
    LeadsCapability("A3", "A", N_("Take action to implement decisions")),
    LeadsCapability("A4", "A", N_("Assess and evaluate")),
    LeadsCapability(
        "D1", "D", N_("Purposefully build partnerships and networks to create results")
    ),
    LeadsCapability("D2", "D", N_("Demonstrate a commitment to customers and service")),
    LeadsCapability("D3", "D", N_("Mobilize knowledge")),
    LeadsCapability("D4", "D", N_("Navigate socio-political environments")),
    LeadsCapability("S1", "S", N_("Demonstrate systems and critical thinking")),
    LeadsCapability("S2", "S", N_("Encourage and support innovation")),
    LeadsCapability("S3", "S", N_("Orient themselves strategically to the future")),
    LeadsCapability("S4", "S", N_("Champion and orchestrate change")),
)

BY_CODE: dict[str, LeadsCapability] = {c.code: c for c in CAPABILITIES}


def domain_label(domain: str) -> str:
    return _(DOMAINS[domain])


def capability_label(code: str) -> str:
    """``E3 – Communicate effectively``: the code people see on the worksheet, and its name."""
    capability = BY_CODE.get(code)
    return f"{code} – {capability.label}" if capability else code
