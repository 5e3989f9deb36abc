"""What a person sees the first time: the welcome page and the demonstration banner."""
