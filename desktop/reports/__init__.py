"""Printed papers in the Decree 30/2020 layout: the period report, the desk's forms 01–06 (`forms`), the
inventory and attendance lists.

ReportLab only, never Qt: the UI previews and prints the PDF files these modules write.
"""
