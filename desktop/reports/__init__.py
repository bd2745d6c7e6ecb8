"""Printed papers in the Decree 30/2020 layout: the period report, the receipt slip, the inventory and attendance lists.

ReportLab only, never Qt: the UI previews and prints the PDF files these modules write.
"""
