# Sphinx configuration written by mk_docx.py
project = 'Green Leaves Across the Sea: Robert Fortune and the Tea Plants, 1848'
author = "Tweedside Museum of Gardens"
extensions = ["docxbuilder"]
master_doc = "index"
language = "en"
exclude_patterns = ["_build"]
docx_coverpage = False
docx_pagebreak_before_section = 0
docx_pagebreak_before_file = 0
docx_pagebreak_after_table_of_contents = 0
docx_documents = [("index", "robert_fortune_tea_1848.docx", {
    "title": 'Green Leaves Across the Sea: Robert Fortune and the Tea Plants, 1848',
    "creator": "Tweedside Museum of Gardens",
    "subject": "Plant Hunters room, panel texts",
    "category": "Gallery text",
    "description": "Draft panel texts for review",
    "keywords": ["tea", "Robert Fortune", "Wardian case"],
}, False)]
docx_style = "museum_style.docx"
