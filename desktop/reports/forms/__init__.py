"""The one-stop desk's forms 01–06 (Circular 01/2018/TT-VPCP; DOMAIN §2, §5): slips of one dossier on A5 (or A4)
and the tracking book on A4 landscape, laid out from the plain records of `forms.data`.

The package loads nothing itself: the window imports `forms.data` (plain records) at start, and ReportLab loads only
with `forms.build`, `forms.book` and the layouts, when a paper is wanted."""
