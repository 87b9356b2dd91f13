"""Review reports (capability 10): gather (selectors) → build (plain data) → render
(DOCX with python-docx, PDF through LibreOffice, the appendix as XLSX)."""
