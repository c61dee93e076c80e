"""Many reports: datasets (which reports are built together), accounts derived across
reports (voice, as-of, derived holdings, identity links), and the questions an analyst asks
of several sources (`timeline`, `disagreements`)."""
