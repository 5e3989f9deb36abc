"""The Qt face of Mentorat: windows, pages, wizards and item models over the services."""
