"""Where things live and how the installation is set up."""
