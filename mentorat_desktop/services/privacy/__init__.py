"""Privacy operations under Quebec's private-sector privacy law: a person's file, erasure,
anonymisation, retention, the incident register and a tamper-evident audit trail."""
