"""Central Asia Cooperation Tracker: the data model, its loader and validator, and the site generator."""
